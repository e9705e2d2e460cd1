package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A member joins on members-service; notifications-service, told over Kafka, welcomes them exactly once. */
@ExtendWith(GuildhallPlatform.class)
class MemberJoinsAndIsWelcomedIT {

    @Test
    void shouldWelcomeANewMember(Platform platform) {
        Api api = new Api(platform);
        String token = platform.tokens().member("ada-" + UUID.randomUUID());

        api.join(token).then().statusCode(201).header("Location", containsString("/members/"));

        await("the welcome notification")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.welcomes(token)).hasSize(1));

        Response inbox = api.notifications(token);
        assertThat(inbox.jsonPath().getInt("page")).isNotNegative();
        assertThat(inbox.jsonPath().getInt("size")).isPositive();
        assertThat(inbox.jsonPath().getLong("totalItems")).isPositive();
        Map<String, Object> welcome = api.welcomes(token).get(0);
        assertThat(welcome).containsKeys("id", "kind", "title", "body", "createdAt", "readAt");
        assertThat((String) welcome.get("title")).isNotBlank();
        assertThat(welcome.get("readAt")).as("a new notification is unread").isNull();
    }

    @Test
    void shouldNotLetAnyoneJoinWithoutAToken(Platform platform) {
        new Api(platform)
                .to(Service.MEMBERS)
                .contentType(ContentType.JSON)
                .body(Api.ADA)
                .when()
                .post("/members")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldNotLetAMemberJoinTwice(Platform platform) {
        Api api = new Api(platform);
        String token = platform.tokens().member("grace-" + UUID.randomUUID());
        api.join(token).then().statusCode(201);

        api.join(token)
                .then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("title", not(emptyOrNullString()));
    }
}
