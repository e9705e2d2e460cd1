package org.guildhall.events.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.newMemberId;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.events.Fixtures;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * A member who joined a moment ago is not yet in this service's read model: a decision that needs them waits briefly
 * and, past that, says "not known yet, retry" (503, {@code Retry-After}); it never refuses them as a non-member.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ReadModelLagTest {

    private static final String EXAMPLE_ID = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";
    private static final String NOT_YET_KNOWN = "https://guildhall.org/problems/member-not-yet-known";

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void aMemberWhoJustJoinedShouldRegisterForAMembersOnlyEventAtOnceAndNeverBeRefused() {
        String eventId = published(conference(50));
        List<Integer> answers = new ArrayList<>();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            for (int attempt = 0; attempt < 8; attempt++) {
                String memberId = newMemberId();
                join(membership, memberId);
                Response answer = register(eventId, memberId);
                answers.add(answer.statusCode());
                assertRetryableWhenNotCreated(answer);
            }
        }

        assertThat(answers).doesNotContain(403).containsAnyOf(201);
    }

    @Test
    void aMemberThisServiceNeverHearsOfShouldGetTheRetryableProblemAfterABoundedWait() {
        String eventId = published(conference(5));
        long started = System.nanoTime();

        Response answer = register(eventId, newMemberId());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertRetryableWhenNotCreated(answer);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anEventOpenToAllShouldNotWaitForTheReadModel() {
        String eventId = published(with(conference(5), "membersOnly", false));

        register(eventId, newMemberId()).then().statusCode(201);
    }

    @Test
    void aMemberWhoseMembershipLapsedOrWasSuspendedShouldBeRefusedAtOnceThoughTheirTokenStillSaysMember() {
        String eventId = published(conference(5));
        for (String to : List.of("LAPSED", "SUSPENDED", "PENDING")) {
            String memberId = Fixtures.activeMember(standings, "associate");
            QuarkusTransaction.requiringNew().run(() -> standings
                    .findById(memberId)
                    .statusChanged(new MembershipStatusChanged(
                            memberId, "ACTIVE", to, "associate", null, "test", Instant.now(TestClock.CLOCK))));

            register(eventId, memberId).then().statusCode(403);
            volunteer(eventId, memberId).then().statusCode(403);
        }
    }

    @Test
    void aMemberWhoJustJoinedShouldVolunteerAtOnceAndAnUnknownOneBeToldToRetry() {
        String eventId = published(conference(50));
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            String memberId = newMemberId();
            join(membership, memberId);
            Response answer = volunteer(eventId, memberId);
            assertThat(answer.statusCode()).isNotEqualTo(403);
            assertRetryableWhenNotCreated(answer);
        }

        Response unknown = volunteer(eventId, newMemberId());
        assertThat(unknown.statusCode()).isEqualTo(503);
        assertRetryableWhenNotCreated(unknown);
    }

    private String shiftOf(String eventId) {
        String roleId = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Desk " + UUID.randomUUID().toString().substring(0, 8),
                        "description",
                        "Greets attendees"))
                .post("/events/{id}/roles", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(30));
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "roleId",
                        roleId,
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(Duration.ofHours(2)).toString(),
                        "needed",
                        3))
                .post("/events/{id}/shifts", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private Response volunteer(String eventId, String memberId) {
        String shiftId = shiftOf(eventId);
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .post("/events/{id}/shifts/{shift}/volunteers", eventId, shiftId);
    }

    private static void join(TopicWriter membership, String memberId) {
        String joined = ContractExamples.example(MembershipEvents.MEMBER_JOINED).replace(EXAMPLE_ID, memberId);
        membership.send(Topics.MEMBERSHIP, UUID.randomUUID(), MembershipEvents.MEMBER_JOINED.type(), memberId, joined);
    }

    private static void assertRetryableWhenNotCreated(Response answer) {
        if (answer.statusCode() == 201) {
            return;
        }
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
        assertThat(answer.jsonPath().getString("type")).isEqualTo(NOT_YET_KNOWN);
        assertThat(answer.header("Retry-After")).isNotBlank();
    }
}
