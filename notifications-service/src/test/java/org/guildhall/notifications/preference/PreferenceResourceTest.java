package org.guildhall.notifications.preference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class PreferenceResourceTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    private static final String DIGEST_WITH_QUIET_NIGHTS =
            """
            {"emailMode": "DAILY_DIGEST", "digestHour": 7, "timeZone": "Asia/Tokyo",
             "quietHours": {"from": "22:00", "until": "07:00"},
             "channels": [{"category": "MENTORING", "inbox": true, "email": false}]}
            """;

    @Test
    void shouldStartWithEverythingOnAndImmediateEmail() {
        given().auth()
                .oauth2(TOKENS.member("ada-" + UUID.randomUUID()))
                .when()
                .get("/notifications/me/preferences")
                .then()
                .statusCode(200)
                .body("emailMode", equalTo("IMMEDIATE"))
                .body("quietHours", nullValue())
                .body("channels.find { it.category == 'EVENTS' }.email", equalTo(true));
    }

    @Test
    void shouldKeepWhatTheMemberChose() {
        String ada = TOKENS.member("ada-" + UUID.randomUUID());
        given().auth()
                .oauth2(ada)
                .contentType(ContentType.JSON)
                .body(DIGEST_WITH_QUIET_NIGHTS)
                .when()
                .put("/notifications/me/preferences")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(ada)
                .when()
                .get("/notifications/me/preferences")
                .then()
                .statusCode(200)
                .body("emailMode", equalTo("DAILY_DIGEST"))
                .body("digestHour", equalTo(7))
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("quietHours.from", equalTo("22:00:00"))
                .body("channels.find { it.category == 'MENTORING' }.email", equalTo(false))
                .body("channels.find { it.category == 'MENTORING' }.inbox", equalTo(true))
                .body("channels.find { it.category == 'EVENTS' }.email", equalTo(true));
    }

    @Test
    void shouldRefuseAnUnknownCategoryABadHourAndABadZoneNamingTheField() {
        String ada = TOKENS.member("ada-" + UUID.randomUUID());
        refused(ada, DIGEST_WITH_QUIET_NIGHTS.replace("MENTORING", "GOSSIP"), "channels[0].category");
        refused(ada, DIGEST_WITH_QUIET_NIGHTS.replace("\"digestHour\": 7", "\"digestHour\": 25"), "digestHour");
        refused(ada, DIGEST_WITH_QUIET_NIGHTS.replace("Asia/Tokyo", "Mars/Olympus"), "timeZone");
        refused(ada, DIGEST_WITH_QUIET_NIGHTS.replace("\"22:00\"", "\"25:00\""), "quietHours.from");
        refused(ada, DIGEST_WITH_QUIET_NIGHTS.replace("\"from\": \"22:00\",", ""), "quietHours.from");
    }

    @Test
    void shouldRequireAToken() {
        given().when().get("/notifications/me/preferences").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(DIGEST_WITH_QUIET_NIGHTS)
                .when()
                .put("/notifications/me/preferences")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldRefuseACallerWithoutTheMemberRole() {
        given().auth()
                .oauth2(TOKENS.forUser("someone").roles("coordinator").sign())
                .contentType(ContentType.JSON)
                .body(DIGEST_WITH_QUIET_NIGHTS)
                .when()
                .put("/notifications/me/preferences")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static void refused(String token, String body, String field) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/notifications/me/preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
