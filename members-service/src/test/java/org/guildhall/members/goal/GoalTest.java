package org.guildhall.members.goal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class GoalTest {

    @Test
    void shouldKeepGoalsWithProgressAndPublishThem() {
        String ada = Community.activeMember("ada");
        String goalId = given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "FIND_MENTOR", "targetDate", "2027-06-30"))
                .post("/members/me/goals")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "OWN_WORDS"))
                .post("/members/me/goals")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("description"));

        Community.connect(ada, Community.activeMember("grace"));

        given().auth()
                .oauth2(Community.member(ada))
                .get("/members/me/goals")
                .then()
                .statusCode(200)
                .body("[0].progress.connectionsMade", equalTo(1));
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACHIEVED"))
                .put("/members/me/goals/{id}", goalId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACHIEVED"));
        given().auth()
                .oauth2(Community.member(Community.activeMember("eve")))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ABANDONED"))
                .put("/members/me/goals/{id}", goalId)
                .then()
                .statusCode(404);

        try (TopicReader membership =
                TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(profileUpdates(membership, ada))
                    .last()
                    .satisfies(last -> assertThat(last.value()).contains("\"status\": \"ACHIEVED\"")));
        }
    }

    @Test
    void goalsShouldNeedAToken() {
        given().get("/members/me/goals").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "FIND_MENTOR"))
                .post("/members/me/goals")
                .then()
                .statusCode(401);
    }

    private static List<ConsumerRecord<String, String>> profileUpdates(TopicReader membership, String memberId) {
        return membership.recordsWithKey(memberId).stream()
                .filter(record -> MembershipEvents.MEMBER_PROFILE_UPDATED
                        .type()
                        .equals(TopicReader.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }
}
