package org.guildhall.events.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.events.Fixtures;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MembershipListenerTest {

    private static final String EXAMPLE_ID = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void shouldKeepTheStandingOfMembersFromTheContractExamples() {
        String ada = "ada-" + UUID.randomUUID();
        UUID joinedId = UUID.randomUUID();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            String joined =
                    ContractExamples.example(MembershipEvents.MEMBER_JOINED).replace(EXAMPLE_ID, ada);
            membership.send(Topics.MEMBERSHIP, joinedId, MembershipEvents.MEMBER_JOINED.type(), ada, joined);
            membership.send(Topics.MEMBERSHIP, joinedId, MembershipEvents.MEMBER_JOINED.type(), ada, joined);
            String updated = ContractExamples.example(MembershipEvents.MEMBER_PROFILE_UPDATED)
                    .replace(EXAMPLE_ID, ada)
                    .replace("Ada Lovelace", "Ada King");
            membership.send(
                    Topics.MEMBERSHIP, UUID.randomUUID(), MembershipEvents.MEMBER_PROFILE_UPDATED.type(), ada, updated);
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> standing(ada).map(MemberSnapshot::displayName).orElse(""), "Ada King"::equals);
        MemberSnapshot standing = standing(ada).orElseThrow();
        assertThat(standing.isActive()).isTrue();
        assertThat(standing.tier()).isEqualTo("associate");
    }

    @Test
    void shouldFollowStatusChangesFromTheContractExample() {
        String ada = activeMember();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            String lapsed = ContractExamples.example(MembershipEvents.MEMBERSHIP_STATUS_CHANGED)
                    .replace(EXAMPLE_ID, ada)
                    .replace("2026-11-26T02:00:00Z", "2099-01-01T00:00:00Z");
            membership.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type(),
                    ada,
                    lapsed);
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> standing(ada).map(MemberSnapshot::status).orElse(""), "GRACE"::equals);
        assertThat(standing(ada).orElseThrow().tier()).isEqualTo("professional");
    }

    @Test
    void aMemberNeverSeenShouldBecomeKnownFromTheirStatusAndNotFromTheirProfile() {
        // docs/messaging.md, read models: an event that carries the standing makes the snapshot, one that does not
        // waits
        String bob = "bob-" + UUID.randomUUID();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            membership.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBER_PROFILE_UPDATED.type(),
                    bob,
                    ContractExamples.example(MembershipEvents.MEMBER_PROFILE_UPDATED)
                            .replace(EXAMPLE_ID, bob));
            membership.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type(),
                    bob,
                    ContractExamples.example(MembershipEvents.MEMBERSHIP_STATUS_CHANGED)
                            .replace(EXAMPLE_ID, bob));
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> standing(bob).map(MemberSnapshot::status).orElse(""), "GRACE"::equals);
        MemberSnapshot standing = standing(bob).orElseThrow();
        assertThat(standing.isActive()).isTrue();
        assertThat(standing.displayName())
                .as("the profile came before anything made bob known")
                .isNull();
    }

    @Test
    void anErasedMemberShouldLoseTheirStandingAndLiveRegistrationsWhileTheirSeatPassesOn() {
        String ada = activeMember();
        String grace = activeMember();
        String event = Fixtures.published(Fixtures.conference(1));
        Fixtures.register(event, ada).then().statusCode(201);
        Fixtures.register(event, grace).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        given().auth()
                .oauth2(Fixtures.TOKENS.member(ada))
                .when()
                .get("/calendar/feeds/me")
                .then()
                .statusCode(200);

        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            membership.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBER_ERASED.type(),
                    ada,
                    ContractExamples.example(MembershipEvents.MEMBER_ERASED).replace(EXAMPLE_ID, ada));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> standing(ada).isEmpty());
        given().auth()
                .oauth2(Fixtures.TOKENS.member(grace))
                .when()
                .get("/events/{id}/registrations/me", event)
                .then()
                .body("status", equalTo("CONFIRMED"));
        given().auth()
                .oauth2(Fixtures.TOKENS.member(ada))
                .when()
                .get("/events/{id}/registrations/me", event)
                .then()
                .statusCode(404);
        List<String> registrants = given().auth()
                .oauth2(Fixtures.coordinatorToken())
                .when()
                .get("/events/{id}/registrations", event)
                .then()
                .extract()
                .jsonPath()
                .getList("items.memberId", String.class);
        assertThat(registrants).doesNotContain(ada).contains(grace).anyMatch(id -> id.startsWith("erased-"));
    }

    private String activeMember() {
        return Fixtures.activeMember(standings, "associate");
    }

    private Optional<MemberSnapshot> standing(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> standings.findByIdOptional(memberId));
    }
}
