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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.VolunteerInvited;
import org.guildhall.events.EventsTopic;
import org.guildhall.events.membership.MemberErasure;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A coordinator invites a suggested member to a shift's open place (issue 14): once per shift and member. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ShiftInvitationTest {

    private static EventsTopic topic;

    @Inject
    MemberSnapshotRepository standings;

    @Inject
    ShiftInvitationRepository invitations;

    @Inject
    Event<MemberErasure> erasures;

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

    @Test
    void shouldInviteAMemberOnceAndPublishVolunteerInvitedOnce() {
        String event = published(conference(50));
        String shift = Rosters.shift(event, Rosters.registrationDesk(event), morning(), Duration.ofHours(3), 2);
        String ada = activeMemberNamed(standings, "associate", "Ada Lovelace");
        String coordinator = "coordinator-" + java.util.UUID.randomUUID();

        String invitation = invite(TOKENS.coordinator(coordinator), event, shift, ada)
                .then()
                .statusCode(201)
                .body("shiftId", equalTo(shift))
                .body("memberId", equalTo(ada))
                .body("displayName", equalTo("Ada Lovelace"))
                .body("invitedBy", equalTo(coordinator))
                .extract()
                .path("id");
        invite(coordinatorToken(), event, shift, ada)
                .then()
                .statusCode(200)
                .body("id", equalTo(invitation))
                .body("invitedBy", equalTo(coordinator));

        VolunteerInvited invited = ContractExamples.read(
                EventsEvents.VOLUNTEER_INVITED,
                topic.awaitConforming(EventsEvents.VOLUNTEER_INVITED, event).value());
        assertThat(invited.invitationId()).isEqualTo(invitation);
        assertThat(invited.memberId()).isEqualTo(ada);
        assertThat(invited.roleName()).isEqualTo("Registration desk");
        assertThat(invited.startsAt()).isEqualTo(morning());
        assertThat(invited.invitedBy()).isEqualTo(coordinator);
        // a later event of the same event (same partition) shows that nothing else was published for the second call
        String bob = activeMember(standings, "associate");
        invite(coordinatorToken(), event, shift, bob).then().statusCode(201);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> topic.ofType(EventsEvents.VOLUNTEER_INVITED, event).size() >= 2);
        assertThat(topic.ofType(EventsEvents.VOLUNTEER_INVITED, event))
                .extracting(record -> ContractExamples.read(EventsEvents.VOLUNTEER_INVITED, record.value())
                        .memberId())
                .containsExactly(ada, bob);
    }

    @Test
    void suggestionsShouldSayWhoWasInvitedAlready() {
        String event = published(conference(50));
        String desk = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Runner"))
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String shift = Rosters.shift(event, desk, morning(), Duration.ofHours(3), 2);
        String ada = activeMemberNamed(standings, "associate", "Ada Invitee " + java.util.UUID.randomUUID());
        invite(coordinatorToken(), event, shift, ada).then().statusCode(201);

        given().auth()
                .oauth2(coordinatorToken())
                .queryParam("name", "Ada Invitee")
                .get("/events/{e}/shifts/{s}/suggestions", event, shift)
                .then()
                .statusCode(200)
                .body("find { it.memberId == '" + ada + "' }.invited", equalTo(true));
    }

    @Test
    void shouldRefuseAMemberAlreadyOnTheShiftOrItsWaitlist() {
        String event = published(conference(50));
        String shift = Rosters.shift(event, Rosters.registrationDesk(event), morning(), Duration.ofHours(3), 1);
        String ada = activeMemberNamed(standings, "associate", "Ada Lovelace");
        RosterEditingTest.assign(event, shift, ada).then().statusCode(201);

        invite(coordinatorToken(), event, shift, ada)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/already-on-shift"))
                .body("detail", equalTo("Ada Lovelace holds a place on this shift already"));
    }

    @Test
    void shouldRefuseAFullShift() {
        String event = published(conference(50));
        String shift = Rosters.shift(event, Rosters.registrationDesk(event), morning(), Duration.ofHours(3), 1);
        RosterEditingTest.assign(event, shift, activeMember(standings, "associate"))
                .then()
                .statusCode(201);

        invite(coordinatorToken(), event, shift, activeMember(standings, "associate"))
                .then()
                .statusCode(409)
                .body("type", endsWith("/shift-full"));
    }

    @Test
    void shouldRefuseAShiftThatIsOverOrAnEventNotPublished() {
        String event = published(conference(50));
        Instant yesterday = TestClock.CLOCK.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        String past = Rosters.shift(event, Rosters.registrationDesk(event), yesterday, Duration.ofHours(2), 2);
        String drafted = draft(conference(50));
        String planned = Rosters.shift(drafted, Rosters.registrationDesk(drafted), morning(), Duration.ofHours(2), 2);
        String ada = activeMember(standings, "associate");

        invite(coordinatorToken(), event, past, ada).then().statusCode(409).body("type", endsWith("/shift-over"));
        invite(coordinatorToken(), drafted, planned, ada)
                .then()
                .statusCode(409)
                .body("type", endsWith("/event-not-open"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> invitations.find(java.util.UUID.fromString(past), ada)))
                .isEmpty();
    }

    @Test
    void shouldRefuseAMemberHoldingAnOverlappingShift() {
        String event = published(conference(50));
        String desk = Rosters.registrationDesk(event);
        String first = Rosters.shift(event, desk, morning(), Duration.ofHours(3), 2);
        String second = Rosters.shift(event, desk, morning().plus(Duration.ofHours(1)), Duration.ofHours(3), 2);
        String ada = activeMemberNamed(standings, "associate", "Ada Lovelace");
        RosterEditingTest.assign(event, first, ada).then().statusCode(201);

        invite(coordinatorToken(), event, second, ada)
                .then()
                .statusCode(409)
                .body("type", endsWith("/shift-conflict"))
                .body("detail", containsString("Ada Lovelace already holds the Registration desk shift"));
    }

    @Test
    void shouldRefuseAnInvitationWithoutAMemberNamingTheField() {
        String event = published(conference(50));
        String shift = Rosters.shift(event, Rosters.registrationDesk(event), morning(), Duration.ofHours(3), 2);

        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", " "))
                .post("/events/{e}/shifts/{s}/invitations", event, shift)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("memberId"));
    }

    @Test
    void shouldRefuseWithoutATokenOrFromAMember() {
        String event = published(conference(50));
        String shift = Rosters.shift(event, Rosters.registrationDesk(event), morning(), Duration.ofHours(3), 2);
        String ada = activeMember(standings, "associate");

        given().contentType(ContentType.JSON)
                .body(Map.of("memberId", ada))
                .post("/events/{e}/shifts/{s}/invitations", event, shift)
                .then()
                .statusCode(401);
        invite(TOKENS.member(ada), event, shift, ada).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anErasedMembersInvitationsShouldGo() {
        String event = published(conference(50));
        String shift = Rosters.shift(event, Rosters.registrationDesk(event), morning(), Duration.ofHours(3), 2);
        String ada = activeMember(standings, "associate");
        invite(coordinatorToken(), event, shift, ada).then().statusCode(201);

        QuarkusTransaction.requiringNew()
                .run(() ->
                        erasures.fire(new MemberErasure(ada, "erased-" + java.util.UUID.randomUUID(), Instant.now())));

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> invitations.find(java.util.UUID.fromString(shift), ada)))
                .isEmpty();
    }

    private static Response invite(String token, String event, String shift, String memberId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId))
                .when()
                .post("/events/{e}/shifts/{s}/invitations", event, shift);
    }
}
