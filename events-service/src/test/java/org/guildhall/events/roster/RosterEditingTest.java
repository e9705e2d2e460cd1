package org.guildhall.events.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.activeMemberNamed;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.draft;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.ShiftRescheduled;
import org.guildhall.events.EventsTopic;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Changing a roster's roles and shifts after they were planned (issue 14): {@code PUT} on a role and on a shift. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class RosterEditingTest {

    private static EventsTopic topic;

    @Inject
    MemberSnapshotRepository standings;

    @BeforeAll
    static void readTheTopic() {
        topic = new EventsTopic();
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    private static Instant morning() {
        return TestClock.CLOCK.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS);
    }

    // --- roles

    @Test
    void shouldRewriteARoleAndShowItOnItsShifts() {
        String event = published(conference(50));
        String role = Rosters.registrationDesk(event);
        Rosters.shift(event, role, morning(), Duration.ofHours(3), 2);

        changeRole(event, role, roleBody("Welcome desk", "Greets and badges", List.of("first aid", "german")))
                .then()
                .statusCode(200)
                .body("id", equalTo(role))
                .body("name", equalTo("Welcome desk"))
                .body("description", equalTo("Greets and badges"))
                .body("skillsWanted", equalTo(List.of("first aid", "german")));

        given().auth()
                .oauth2(coordinatorToken())
                .get("/events/{e}/roles/{r}", event, role)
                .then()
                .statusCode(200)
                .body("name", equalTo("Welcome desk"));
        given().auth()
                .oauth2(TOKENS.member(activeMember(standings, "associate")))
                .get("/events/{e}/shifts", event)
                .then()
                .statusCode(200)
                .body("roleName", equalTo(List.of("Welcome desk")));
    }

    @Test
    void shouldRefuseARoleWithoutANameNamingTheField() {
        String event = published(conference(50));
        String role = Rosters.registrationDesk(event);

        changeRole(event, role, roleBody(" ", null, List.of()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("name"));
    }

    @Test
    void shouldRefuseTheNameOfAnotherRoleOfTheEvent() {
        String event = published(conference(50));
        String desk = Rosters.registrationDesk(event);
        String host = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Room host"))
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        changeRole(event, host, roleBody("registration DESK", null, null))
                .then()
                .statusCode(409)
                .body("type", endsWith("/role-exists"))
                .body("violations.field", equalTo(List.of("name")));
        changeRole(event, desk, roleBody("Registration desk", "Same name, new words", null))
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseToChangeTheRosterOfACancelledEvent() {
        String event = published(conference(50));
        String role = Rosters.registrationDesk(event);
        String shift = Rosters.shift(event, role, morning(), Duration.ofHours(3), 2);
        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Venue flooded"))
                .post("/events/{id}/cancel", event)
                .then()
                .statusCode(200);

        changeRole(event, role, roleBody("Welcome desk", null, null))
                .then()
                .statusCode(409)
                .body("type", endsWith("/event-closed"));
        changeShift(event, shift, shiftBody(role, morning(), Duration.ofHours(2), 2))
                .then()
                .statusCode(409)
                .body("type", endsWith("/event-closed"));
    }

    @Test
    void shouldAnswer404ForARoleOfAnotherEvent() {
        String event = published(conference(50));
        String other = published(conference(50));
        String role = Rosters.registrationDesk(other);

        changeRole(event, role, roleBody("Welcome desk", null, null))
                .then()
                .statusCode(404)
                .body("type", endsWith("/volunteer-role-not-found"));
    }

    @Test
    void shouldRefuseEditsWithoutATokenOrFromAMember() {
        String event = published(conference(50));
        String role = Rosters.registrationDesk(event);
        String shift = Rosters.shift(event, role, morning(), Duration.ofHours(3), 2);
        String member = TOKENS.member(activeMember(standings, "associate"));

        given().contentType(ContentType.JSON)
                .body(roleBody("Welcome desk", null, null))
                .put("/events/{e}/roles/{r}", event, role)
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(shiftBody(role, morning(), Duration.ofHours(2), 2))
                .put("/events/{e}/shifts/{s}", event, shift)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(roleBody("Welcome desk", null, null))
                .put("/events/{e}/roles/{r}", event, role)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(shiftBody(role, morning(), Duration.ofHours(2), 2))
                .put("/events/{e}/shifts/{s}", event, shift)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    // --- shifts

    @Test
    void shouldMoveAShiftAndPublishShiftRescheduled() {
        String event = draft(conference(50));
        String desk = Rosters.registrationDesk(event);
        String shift = Rosters.shift(event, desk, morning(), Duration.ofHours(3), 2);
        String ada = activeMember(standings, "associate");
        assign(event, shift, ada).then().statusCode(201);

        Instant later = morning().plus(Duration.ofHours(1));
        changeShift(event, shift, shiftBody(desk, later, Duration.ofHours(2), 3))
                .then()
                .statusCode(200)
                .body("id", equalTo(shift))
                .body("startsAt", equalTo(later.toString()))
                .body("endsAt", equalTo(later.plus(Duration.ofHours(2)).toString()))
                .body("needed", equalTo(3))
                .body("openPlaces", equalTo(2));

        ShiftRescheduled moved = ContractExamples.read(
                EventsEvents.SHIFT_RESCHEDULED,
                topic.awaitConforming(EventsEvents.SHIFT_RESCHEDULED, event).value());
        assertThat(moved.shiftId()).isEqualTo(shift);
        assertThat(moved.roleName()).isEqualTo("Registration desk");
        assertThat(moved.startsAt()).isEqualTo(later);
        assertThat(moved.previousStartsAt()).isEqualTo(morning());
        assertThat(moved.previousEndsAt()).isEqualTo(morning().plus(Duration.ofHours(3)));
        given().auth()
                .oauth2(coordinatorToken())
                .get("/events/{e}/roster", event)
                .then()
                .body("shifts[0].volunteers.memberId", equalTo(List.of(ada)));
    }

    @Test
    void shouldPublishNothingWhenOnlyThePlacesChange() {
        String event = published(conference(50));
        String desk = Rosters.registrationDesk(event);
        String shift = Rosters.shift(event, desk, morning(), Duration.ofHours(3), 2);

        changeShift(event, shift, shiftBody(desk, morning(), Duration.ofHours(3), 4))
                .then()
                .statusCode(200)
                .body("needed", equalTo(4));
        String marker = Rosters.shift(event, desk, morning().plus(Duration.ofDays(1)), Duration.ofHours(1), 1);
        changeShift(event, marker, shiftBody(desk, morning().plus(Duration.ofDays(2)), Duration.ofHours(1), 1))
                .then()
                .statusCode(200);

        // the marker's event comes after anything the first change could have published, in the event's order
        topic.awaitConforming(EventsEvents.SHIFT_RESCHEDULED, event);
        assertThat(topic.ofType(EventsEvents.SHIFT_RESCHEDULED, event))
                .extracting(record -> ContractExamples.read(EventsEvents.SHIFT_RESCHEDULED, record.value())
                        .shiftId())
                .containsExactly(marker);
    }

    @Test
    void shouldRefuseToNeedFewerPlacesThanVolunteersHold() {
        String event = published(conference(50));
        String desk = Rosters.registrationDesk(event);
        String shift = Rosters.shift(event, desk, morning(), Duration.ofHours(3), 3);
        assign(event, shift, activeMember(standings, "associate")).then().statusCode(201);
        assign(event, shift, activeMember(standings, "associate")).then().statusCode(201);

        changeShift(event, shift, shiftBody(desk, morning(), Duration.ofHours(3), 1))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/fewer-places-than-volunteers"))
                .body("violations.field", equalTo(List.of("needed")))
                .body("detail", containsString("2 volunteers hold places"));
        changeShift(event, shift, shiftBody(desk, morning(), Duration.ofHours(3), 2))
                .then()
                .statusCode(200)
                .body("openPlaces", equalTo(0));
    }

    @Test
    void shouldRefuseToMoveAShiftOntoAnotherShiftOfOneOfItsVolunteers() {
        String harbour = published(with(with(conference(50), "title", "Harbour Fair"), "timeZone", "Asia/Tokyo"));
        String summit = published(conference(50));
        String early = Rosters.shift(harbour, Rosters.registrationDesk(harbour), morning(), Duration.ofHours(3), 2);
        String desk = Rosters.registrationDesk(summit);
        Instant afternoon = morning().plus(Duration.ofHours(6));
        String late = Rosters.shift(summit, desk, afternoon, Duration.ofHours(2), 2);
        String grace = activeMemberNamed(standings, "associate", "Grace Hopper");
        assign(harbour, early, grace).then().statusCode(201);
        assign(summit, late, grace).then().statusCode(201);

        changeShift(summit, late, shiftBody(desk, morning().plus(Duration.ofHours(2)), Duration.ofHours(2), 2))
                .then()
                .statusCode(409)
                .body("type", endsWith("/shift-conflict"))
                .body(
                        "detail",
                        containsString("Grace Hopper already holds the Registration desk shift at Harbour Fair"))
                .body("detail", containsString("(Asia/Tokyo)"));
        given().auth()
                .oauth2(coordinatorToken())
                .get("/events/{e}/shifts/{s}", summit, late)
                .then()
                .body("startsAt", equalTo(afternoon.toString()));
    }

    @Test
    void morePlacesShouldGoToTheWaitlistAtOnce() {
        String event = published(conference(50));
        String desk = Rosters.registrationDesk(event);
        String shift = Rosters.shift(event, desk, morning(), Duration.ofHours(3), 1);
        assign(event, shift, activeMember(standings, "associate")).then().statusCode(201);
        String waiting = activeMember(standings, "associate");
        assign(event, shift, waiting).then().statusCode(201).body("status", equalTo("WAITLISTED"));

        changeShift(event, shift, shiftBody(desk, morning(), Duration.ofHours(3), 2))
                .then()
                .statusCode(200)
                .body("openPlaces", equalTo(0));

        given().auth()
                .oauth2(coordinatorToken())
                .get("/events/{e}/roster", event)
                .then()
                .body("shifts[0].volunteers.memberId", hasItem(waiting))
                .body("shifts[0].waitlist", equalTo(List.of()));
    }

    @Test
    void shouldRefuseABadShiftNamingTheField() {
        String event = published(conference(50));
        String desk = Rosters.registrationDesk(event);
        String shift = Rosters.shift(event, desk, morning(), Duration.ofHours(3), 1);

        changeShift(event, shift, shiftBody(desk, morning(), Duration.ofHours(3), 0))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("needed"));
        changeShift(event, shift, shiftBody(desk, morning(), Duration.ofHours(-1), 1))
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("endsAt")));
        changeShift(
                        event,
                        shift,
                        shiftBody(
                                Rosters.registrationDesk(published(conference(5))), morning(), Duration.ofHours(1), 1))
                .then()
                .statusCode(400)
                .body("type", endsWith("/unknown-role"));
    }

    @Test
    void shouldRefuseToChangeACompletedShift() {
        String event = published(conference(50));
        String desk = Rosters.registrationDesk(event);
        Instant yesterday = TestClock.CLOCK.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        String shift = Rosters.shift(event, desk, yesterday, Duration.ofHours(2), 1);
        given().auth()
                .oauth2(coordinatorToken())
                .post("/events/{e}/shifts/{s}/complete", event, shift)
                .then()
                .statusCode(200);

        changeShift(event, shift, shiftBody(desk, yesterday, Duration.ofHours(3), 1))
                .then()
                .statusCode(409)
                .body("type", endsWith("/shift-completed"));
    }

    private static Response changeRole(String event, String role, Map<String, Object> body) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/events/{e}/roles/{r}", event, role);
    }

    private static Response changeShift(String event, String shift, Map<String, Object> body) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/events/{e}/shifts/{s}", event, shift);
    }

    static Response assign(String event, String shift, String memberId) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId))
                .when()
                .post("/events/{e}/shifts/{s}/assignments", event, shift);
    }

    private static Map<String, Object> roleBody(String name, String description, List<String> skills) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", description);
        body.put("skillsWanted", skills);
        return body;
    }

    private static Map<String, Object> shiftBody(String role, Instant startsAt, Duration length, int needed) {
        return Map.of(
                "roleId",
                role,
                "startsAt",
                startsAt.toString(),
                "endsAt",
                startsAt.plus(length).toString(),
                "needed",
                needed);
    }
}
