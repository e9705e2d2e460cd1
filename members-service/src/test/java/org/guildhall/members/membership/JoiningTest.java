package org.guildhall.members.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class JoiningTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final TopicReader membership = TopicReader.shared(Topics.MEMBERSHIP);

    @Test
    void shouldJoinAndPublishMemberJoinedThroughTheOutbox() {
        String ada = Joiners.newPersonId();

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Joiners.adaJoining())
                .when()
                .post("/members")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/members/" + ada))
                .body("id", equalTo(ada))
                .body("email", equalTo(ada + "@example.org"))
                .body("status", equalTo("ACTIVE"));

        ConsumerRecord<String, String> joined = awaitSingleEvent(ada);
        assertThat(TopicReader.header(joined, CloudEventHeaders.TYPE))
                .isEqualTo("guildhall.membership.MemberJoined.v1");
        assertThat(TopicReader.header(joined, CloudEventHeaders.SOURCE)).isEqualTo("members-service");
        assertThat(TopicReader.header(joined, CloudEventHeaders.SUBJECT)).isEqualTo(ada);
        assertThat(TopicReader.header(joined, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TopicReader.header(joined, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        ContractExamples.assertConforms(MembershipEvents.MEMBER_JOINED, joined.value());
    }

    @Test
    void shouldRefuseToJoinTwice() {
        String grace = Joiners.newPersonId();
        join(grace).then().statusCode(201);

        join(grace)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/member-already-joined"))
                .body("status", equalTo(409));
    }

    @Test
    void shouldNameTheMissingAndTheOversizedFields() {
        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .contentType(ContentType.JSON)
                .body(Joiners.joiningWith("displayName", " "))
                .when()
                .post("/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("displayName"));

        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .contentType(ContentType.JSON)
                .body(Joiners.joiningWith("headline", "x".repeat(201)))
                .when()
                .post("/members")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("headline"))
                .body("detail", containsString("headline"));

        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .contentType(ContentType.JSON)
                .body(Joiners.joiningWith("timeZone", "Mars/Olympus"))
                .when()
                .post("/members")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("timeZone"));
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblem() {
        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .contentType(ContentType.JSON)
                .body("{\"displayName\": \"Ada\",")
                .when()
                .post("/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));

        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .contentType(ContentType.JSON)
                .body("{\"displayName\": [1, 2]}")
                .when()
                .post("/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("displayName"));

        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .contentType(ContentType.JSON)
                .when()
                .post("/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldTurnAwayCallersWithoutAValidToken() {
        String person = Joiners.newPersonId();
        for (String token : List.of(
                TOKENS.forUser(person).expired().sign(),
                TOKENS.forUser(person).issuedBy("https://someone-else.example").sign(),
                TOKENS.forUser(person).signedWith(SigningKey.generate()).sign())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Joiners.adaJoining())
                    .when()
                    .post("/members")
                    .then()
                    .statusCode(401);
        }
        given().contentType(ContentType.JSON)
                .body(Joiners.adaJoining())
                .when()
                .post("/members")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldLetOnlyTheMemberOrAnAdminChangeTheirProfile() {
        String ada = Joiners.newPersonId();
        join(ada).then().statusCode(201);
        String mallory = Joiners.newPersonId();

        given().auth()
                .oauth2(TOKENS.member(mallory))
                .contentType(ContentType.JSON)
                .body(Joiners.joiningWith("headline", "hacked"))
                .when()
                .put("/members/{id}", ada)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Joiners.joiningWith("headline", "Mathematician"))
                .when()
                .put("/members/{id}", ada)
                .then()
                .statusCode(200)
                .body("headline", equalTo("Mathematician"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(membership.recordsWithKey(ada))
                .map(record -> TopicReader.header(record, CloudEventHeaders.TYPE))
                .containsExactly(
                        MembershipEvents.MEMBER_JOINED.type(),
                        MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type(),
                        MembershipEvents.MEMBER_PROFILE_UPDATED.type()));
        ContractExamples.assertConforms(
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED,
                membership.recordsWithKey(ada).get(1).value());
        ContractExamples.assertConforms(
                MembershipEvents.MEMBER_PROFILE_UPDATED,
                membership.recordsWithKey(ada).get(2).value());
    }

    @Test
    void shouldHideTheEmailFromOtherMembers() {
        String ada = Joiners.newPersonId();
        join(ada).then().statusCode(201);

        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .when()
                .get("/members/{id}", ada)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Ada Lovelace"))
                .body("email", nullValue());
        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .get("/members/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(ada + "@example.org"));
    }

    @Test
    void shouldAnswerAnUnknownMemberWithNotFound() {
        given().auth()
                .oauth2(TOKENS.member(Joiners.newPersonId()))
                .when()
                .get("/members/{id}", "nobody-" + Joiners.newPersonId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/member-not-found"));
    }

    @Test
    void shouldAcceptJoinersDuringABrokerOutageAndPublishOnceItReturns() {
        String linus = Joiners.newPersonId();
        KafkaBroker.shared().stop();
        try {
            join(linus).then().statusCode(201);
        } finally {
            KafkaBroker.shared().start();
        }
        awaitSingleEvent(linus);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(12))
                .until(() -> joinedEvents(linus).size() == 1);
    }

    private static io.restassured.response.Response join(String personId) {
        return given().auth()
                .oauth2(TOKENS.member(personId))
                .contentType(ContentType.JSON)
                .body(Joiners.adaJoining())
                .when()
                .post("/members");
    }

    private static ConsumerRecord<String, String> awaitSingleEvent(String memberId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !joinedEvents(memberId).isEmpty());
        List<ConsumerRecord<String, String>> records = joinedEvents(memberId);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static List<ConsumerRecord<String, String>> joinedEvents(String memberId) {
        return membership.recordsWithKey(memberId).stream()
                .filter(record -> MembershipEvents.MEMBER_JOINED
                        .type()
                        .equals(TopicReader.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }
}
