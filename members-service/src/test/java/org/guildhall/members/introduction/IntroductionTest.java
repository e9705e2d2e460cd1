package org.guildhall.members.introduction;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class IntroductionTest {

    @Inject
    Introductions introductions;

    @Test
    void anIntroductionForwardedAndAcceptedShouldConnectRequesterAndTarget() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");
        Community.connect(ada, grace);
        Community.connect(grace, linus);

        String id = askFor(ada, grace, linus)
                .then()
                .statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .extract()
                .path("id");
        act(linus, id, "accept").then().statusCode(409);
        act(ada, id, "forward").then().statusCode(403);
        act(grace, id, "forward").then().statusCode(200).body("status", equalTo("FORWARDED"));
        act(linus, id, "accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        given().auth()
                .oauth2(Community.member(ada))
                .get("/connections")
                .then()
                .body("items.memberId", hasItem(linus))
                .body("items.find { it.memberId == '" + linus + "' }.via", equalTo("INTRODUCTION"));
        try (TopicReader membership =
                TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> types(membership, id).size() == 3);
            org.assertj.core.api.Assertions.assertThat(types(membership, id))
                    .containsExactly(
                            MembershipEvents.INTRODUCTION_REQUESTED.type(),
                            MembershipEvents.INTRODUCTION_FORWARDED.type(),
                            MembershipEvents.INTRODUCTION_ACCEPTED.type());
            conforms(
                    membership,
                    id,
                    List.of(
                            MembershipEvents.INTRODUCTION_REQUESTED,
                            MembershipEvents.INTRODUCTION_FORWARDED,
                            MembershipEvents.INTRODUCTION_ACCEPTED));
        }
    }

    @Test
    void anIntroductionNeedsSharedConnectionsAndCanBeDeclined() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");
        Community.connect(ada, grace);

        askFor(ada, grace, linus).then().statusCode(409).body("type", endsWith("/not-connected"));
        askFor(ada, ada, linus).then().statusCode(400);
        Community.connect(grace, linus);
        String id = askFor(ada, grace, linus).then().statusCode(201).extract().path("id");
        act(grace, id, "decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        act(grace, id, "forward").then().statusCode(409);
        act(Community.activeMember("stranger"), id, "forward").then().statusCode(404);
        try (TopicReader membership =
                TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> types(membership, id).size() == 2);
            conforms(
                    membership,
                    id,
                    List.of(MembershipEvents.INTRODUCTION_REQUESTED, MembershipEvents.INTRODUCTION_DECLINED));
        }
    }

    @Test
    void aDirectIntroductionNeedsBothToConsent() {
        String grace = Community.activeMember("grace");
        String ada = Community.activeMember("ada");
        String linus = Community.activeMember("linus");
        Community.connect(grace, ada);
        Community.connect(grace, linus);

        String id = given().auth()
                .oauth2(Community.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("firstMemberId", ada, "secondMemberId", linus, "reason", "You both love compilers"))
                .post("/introductions/direct")
                .then()
                .statusCode(201)
                .body("direct", equalTo(true))
                .extract()
                .path("id");
        act(ada, id, "accept").then().statusCode(200).body("status", equalTo("FORWARDED"));
        given().auth()
                .oauth2(Community.member(ada))
                .get("/connections")
                .then()
                .body("items.memberId", not(hasItem(linus)));
        act(linus, id, "accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(Community.member(ada)).get("/connections").then().body("items.memberId", hasItem(linus));
    }

    @Test
    void anUnansweredIntroductionShouldExpire() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");
        Community.connect(ada, grace);
        Community.connect(grace, linus);
        String id = askFor(ada, grace, linus).then().statusCode(201).extract().path("id");

        TestClock.CLOCK.advance(Duration.ofDays(15));
        introductions.expireDue();

        act(grace, id, "forward").then().statusCode(409).body("type", endsWith("/introduction-expired"));
        try (TopicReader membership =
                TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> types(membership, id).contains(MembershipEvents.INTRODUCTION_EXPIRED.type()));
            conforms(
                    membership,
                    id,
                    List.of(MembershipEvents.INTRODUCTION_REQUESTED, MembershipEvents.INTRODUCTION_EXPIRED));
        }
    }

    @Test
    void shouldValidateAndNeedAToken() {
        String ada = Community.activeMember("ada");
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("introducerId", "someone"))
                .post("/introductions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("targetId"))
                .body("violations.field", hasItem("reason"));
        given().get("/introductions").then().statusCode(401);
    }

    private static io.restassured.response.Response askFor(String requester, String introducer, String target) {
        return given().auth()
                .oauth2(Community.member(requester))
                .contentType(ContentType.JSON)
                .body(Map.of("introducerId", introducer, "targetId", target, "reason", "Kernel advice"))
                .post("/introductions");
    }

    private static io.restassured.response.Response act(String member, String id, String action) {
        return given().auth().oauth2(Community.member(member)).post("/introductions/{id}/" + action, id);
    }

    private static List<String> types(TopicReader membership, String key) {
        return membership.recordsWithKey(key).stream()
                .map(record -> TopicReader.header(record, CloudEventHeaders.TYPE))
                .toList();
    }

    private static void conforms(TopicReader membership, String key, List<EventType<?>> types) {
        var records = membership.recordsWithKey(key);
        for (int i = 0; i < types.size(); i++) {
            ContractExamples.assertConforms(types.get(i), records.get(i).value());
        }
    }
}
