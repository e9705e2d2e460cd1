package org.guildhall.members.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MembershipLifecycleTest {

    private static final TopicReader membership = TopicReader.shared(Topics.MEMBERSHIP);

    @Inject
    MembershipRegister register;

    @Test
    void shouldListTheTiersToAnyone() {
        given().get("/tiers")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("student", "associate", "professional", "fellow")))
                .body("find { it.code == 'fellow' }.requiresApproval", equalTo(true));
    }

    @Test
    void anApplicationForAnApprovedTierShouldWaitForAnAdmin() {
        String grace = Community.newPerson("grace");
        Community.join(grace, "fellow");
        given().auth().oauth2(Community.member(grace)).get("/members/me").then().body("status", equalTo("PENDING"));

        given().auth()
                .oauth2(Community.member(grace))
                .post("/members/{id}/approval", grace)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Community.admin())
                .post("/members/{id}/approval", grace)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("membership.expiresAt", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(Community.admin())
                .post("/members/{id}/approval", grace)
                .then()
                .statusCode(409)
                .body("type", endsWith("/transition-not-allowed"));

        given().auth()
                .oauth2(Community.member(grace))
                .get("/members/{id}/status-history", grace)
                .then()
                .statusCode(200)
                .body("to", equalTo(List.of("PENDING", "ACTIVE")));
        List<ConsumerRecord<String, String>> changes = awaitStatusChanges(grace, 2);
        ContractExamples.assertConforms(
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED, changes.get(1).value());
        assertThat(changes.get(1).value()).contains("\"from\": \"PENDING\"", "\"to\": \"ACTIVE\"");
    }

    @Test
    void anAdminShouldSuspendWithAReasonReinstateAndChangeTheTier() {
        String linus = Community.activeMember("linus");
        String admin = Community.admin();

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/members/{id}/suspension", linus)
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("reason"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Unpaid invoice"))
                .post("/members/{id}/suspension", linus)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("membership.statusReason", equalTo("Unpaid invoice"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Paid"))
                .post("/members/{id}/reinstatement", linus)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("tier", "emperor"))
                .put("/members/{id}/tier", linus)
                .then()
                .statusCode(400)
                .body("type", endsWith("/unknown-tier"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("tier", "professional", "reason", "Qualified"))
                .put("/members/{id}/tier", linus)
                .then()
                .statusCode(200)
                .body("tier", equalTo("professional"));
        given().auth()
                .oauth2(Community.member(Community.activeMember("mallory")))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "spite"))
                .post("/members/{id}/suspension", linus)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.member(linus))
                .get("/members/{id}/status-history", linus)
                .then()
                .body("to", equalTo(List.of("ACTIVE", "SUSPENDED", "ACTIVE", "ACTIVE")));
    }

    @Test
    void expiryShouldMoveMembershipsIntoGraceThenLapseAndARenewalRevivesThem() {
        String ada = Community.activeMember("ada");

        TestClock.CLOCK.advance(Duration.ofDays(366));
        register.applyExpiries();
        given().auth().oauth2(Community.member(ada)).get("/members/me").then().body("status", equalTo("GRACE"));

        TestClock.CLOCK.advance(Duration.ofDays(31));
        register.applyExpiries();
        given().auth().oauth2(Community.member(ada)).get("/members/me").then().body("status", equalTo("LAPSED"));

        given().auth()
                .oauth2(Community.admin())
                .post("/members/{id}/renewals", ada)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(Community.member(ada))
                .get("/members/{id}/status-history", ada)
                .then()
                .body("to", equalTo(List.of("ACTIVE", "GRACE", "LAPSED", "ACTIVE")))
                .body("reason", hasItem("Renewed"));
    }

    @Test
    void aMemberShouldNotReadAnotherMembersHistory() {
        String ada = Community.activeMember("ada");
        given().auth()
                .oauth2(Community.member(Community.activeMember("eve")))
                .get("/members/{id}/status-history", ada)
                .then()
                .statusCode(403);
        given().get("/members/{id}/status-history", ada).then().statusCode(401);
    }

    private static List<ConsumerRecord<String, String>> awaitStatusChanges(String memberId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> statusChanges(memberId), hasSize(count));
        return statusChanges(memberId);
    }

    private static List<ConsumerRecord<String, String>> statusChanges(String memberId) {
        return membership.recordsWithKey(memberId).stream()
                .filter(record -> MembershipEvents.MEMBERSHIP_STATUS_CHANGED
                        .type()
                        .equals(TopicReader.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }
}
