package org.guildhall.events;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;

/** People, events and requests that tests need, named by what they are. */
public final class Fixtures {

    public static final TestTokens TOKENS = TestTokens.shared();

    private Fixtures() {}

    public static String newMemberId() {
        return "member-" + UUID.randomUUID();
    }

    public static String coordinatorToken() {
        return TOKENS.coordinator("coordinator-" + UUID.randomUUID());
    }

    /** A member who joined, active in {@code tier}, as the membership read model knows them. */
    public static String activeMember(MemberSnapshotRepository standings, String tier) {
        String memberId = newMemberId();
        return activeMemberNamed(standings, tier, memberId, "Ada " + memberId.substring(7, 13));
    }

    /** A member who joined under {@code name}, active in {@code tier}. */
    public static String activeMemberNamed(MemberSnapshotRepository standings, String tier, String name) {
        return activeMemberNamed(standings, tier, newMemberId(), name);
    }

    private static String activeMemberNamed(
            MemberSnapshotRepository standings, String tier, String memberId, String name) {
        MemberJoined example = ContractExamples.examplePayload(MembershipEvents.MEMBER_JOINED);
        MemberJoined joined = new MemberJoined(
                memberId,
                name,
                example.email(),
                example.headline(),
                example.location(),
                example.timeZone(),
                tier,
                "ACTIVE",
                example.joinedAt());
        QuarkusTransaction.requiringNew().run(() -> standings.persist(MemberSnapshot.joined(joined)));
        return memberId;
    }

    /** A conference a month ahead, members-only for no particular tier, with {@code capacity} seats. */
    public static Map<String, Object> conference(int capacity) {
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> request = new HashMap<>();
        request.put("title", "Data Engineering Summit");
        request.put("description", "Pipelines, lakes and the people who run them");
        request.put("type", "CONFERENCE");
        request.put("startsAt", start.toString());
        request.put("endsAt", start.plus(Duration.ofHours(8)).toString());
        request.put("timeZone", "Europe/London");
        request.put("venue", "Guildhall, London");
        request.put("capacity", capacity);
        request.put("membersOnly", true);
        request.put("allowedTiers", List.of());
        return request;
    }

    public static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(request);
        changed.put(field, value);
        return changed;
    }

    /** Drafts the event and returns its id. */
    public static String draft(Map<String, Object> request) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Drafts and publishes the event and returns its id. */
    public static String published(Map<String, Object> request) {
        String id = draft(request);
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .post("/events/{id}/publish", id)
                .then()
                .statusCode(200);
        return id;
    }

    public static io.restassured.response.Response register(String eventId, String memberId) {
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/events/{id}/registrations", eventId);
    }
}
