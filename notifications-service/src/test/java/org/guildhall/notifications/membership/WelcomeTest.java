package org.guildhall.notifications.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class WelcomeTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static TopicWriter membership;

    @BeforeAll
    static void connect() {
        membership = new TopicWriter(KafkaBroker.shared().bootstrapServers());
    }

    @AfterAll
    static void close() {
        membership.close();
    }

    @Test
    void shouldWelcomeANewMemberOnceEvenWhenTheEventArrivesTwice() {
        String ada = "ada-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        sendMemberJoined(eventId, ada);
        sendMemberJoined(eventId, ada);

        await().atMost(Duration.ofSeconds(30)).until(() -> welcomesOf(ada).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(12))
                .until(() -> welcomesOf(ada).size() == 1);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Welcome to Guildhall, Ada Lovelace"))
                .body("items[0].readAt", equalTo(null));
    }

    @Test
    void shouldTellAnApplicantOnceThatTheirApplicationArrivedAndLaterThatItWasApproved() {
        String mary = "mary-" + UUID.randomUUID();
        String joined = ContractExamples.example(MembershipEvents.MEMBER_JOINED)
                .replace("5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11", mary)
                .replace("\"ACTIVE\"", "\"PENDING\"");
        membership.send(Topics.MEMBERSHIP, UUID.randomUUID(), MembershipEvents.MEMBER_JOINED.type(), mary, joined);
        membership.send(
                Topics.MEMBERSHIP,
                UUID.randomUUID(),
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type(),
                mary,
                statusChange(mary, null, "PENDING"));
        membership.send(
                Topics.MEMBERSHIP,
                UUID.randomUUID(),
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type(),
                mary,
                statusChange(mary, "PENDING", "ACTIVE"));

        await().atMost(Duration.ofSeconds(30)).until(() -> kindsOf(mary).size() == 2);
        assertThat(kindsOf(mary))
                .containsExactlyInAnyOrder(NoticeKind.WELCOME.slug(), NoticeKind.MEMBERSHIP_STATUS_CHANGED.slug());
        given().auth()
                .oauth2(TOKENS.member(mary))
                .queryParam("size", 10)
                .get("/notifications/me")
                .then()
                .body("items.find { it.kind == 'welcome' }.body", org.hamcrest.Matchers.containsString("applying"))
                .body(
                        "items.find { it.kind == 'membership-status-changed' }.body",
                        org.hamcrest.Matchers.containsString("from pending to active"));
    }

    @Test
    void shouldInviteAnImportedMemberToSignUpInsteadOfWelcomingThem() {
        String imported = "imported-" + UUID.randomUUID();
        String invited = ContractExamples.example(MembershipEvents.MEMBER_INVITED)
                .replace("5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11", imported);
        membership.send(
                Topics.MEMBERSHIP, UUID.randomUUID(), MembershipEvents.MEMBER_INVITED.type(), imported, invited);
        sendMemberJoined(UUID.randomUUID(), imported);
        membership.send(
                Topics.MEMBERSHIP,
                UUID.randomUUID(),
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type(),
                imported,
                statusChange(imported, null, "ACTIVE"));

        await().atMost(Duration.ofSeconds(30)).until(() -> kindsOf(imported).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(12)).until(() -> kindsOf(imported)
                .equals(List.of(NoticeKind.INVITATION.slug())));
        given().auth()
                .oauth2(TOKENS.member(imported))
                .get("/notifications/me")
                .then()
                .body("items[0].title", equalTo("Your Guildhall membership is waiting for you, Ada Lovelace"))
                .body("items[0].body", org.hamcrest.Matchers.containsString("ada@example.org"))
                .body("items[0].body", org.hamcrest.Matchers.containsString("http://localhost:8080/join?invited=true"));
    }

    private static String statusChange(String memberId, String from, String to) {
        return ContractExamples.example(MembershipEvents.MEMBERSHIP_STATUS_CHANGED)
                .replace("5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11", memberId)
                .replace("\"from\": \"ACTIVE\"", from == null ? "\"from\": null" : "\"from\": \"" + from + "\"")
                .replace("\"to\": \"GRACE\"", "\"to\": \"" + to + "\"");
    }

    private static List<String> kindsOf(String memberId) {
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind", String.class);
    }

    private static void sendMemberJoined(UUID eventId, String memberId) {
        String payload = ContractExamples.example(MembershipEvents.MEMBER_JOINED)
                .replace("5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11", memberId);
        membership.send(Topics.MEMBERSHIP, eventId, MembershipEvents.MEMBER_JOINED.type(), memberId, payload);
    }

    private static List<String> welcomesOf(String memberId) {
        return given()
                .auth()
                .oauth2(TOKENS.member(memberId))
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind", String.class)
                .stream()
                .filter(NoticeKind.WELCOME.slug()::equals)
                .toList();
    }
}
