package org.guildhall.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.draft;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.events.EventsTopic;
import org.guildhall.events.Fixtures;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class RegistrationFlowTest {

    private static EventsTopic topic;

    @Inject
    MemberSnapshotRepository standings;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SeatOfferExpiry offerExpiry;

    @BeforeAll
    static void readTheTopic() {
        topic = new EventsTopic();
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @Test
    void anActiveMemberShouldGetASeatAndTheSameOneWhenRegisteringTwice() {
        String event = published(conference(5));
        String ada = activeMember(standings, "associate");

        String id = register(event, ada)
                .then()
                .statusCode(201)
                .header("Location", containsString("/events/" + event + "/registrations/"))
                .body("status", equalTo("CONFIRMED"))
                .body("position", nullValue())
                .body("checkInCode", notNullValue())
                .extract()
                .path("id");

        register(event, ada).then().statusCode(200).body("id", equalTo(id));
        var confirmed = topic.awaitConforming(EventsEvents.REGISTRATION_CONFIRMED, event);
        assertThat(ContractExamples.read(EventsEvents.REGISTRATION_CONFIRMED, confirmed.value())
                        .memberId())
                .isEqualTo(ada);
        assertThat(topic.ofType(EventsEvents.REGISTRATION_CONFIRMED, event)).hasSize(1);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .get("/events/{id}", event)
                .then()
                .body("seatsTaken", equalTo(1));
    }

    @Test
    void aFullEventShouldWaitlistInArrivalOrderAndShowEachTheirPosition() {
        String event = published(conference(1));
        register(event, activeMember(standings, "associate")).then().statusCode(201);
        String grace = activeMember(standings, "associate");
        String linus = activeMember(standings, "associate");

        register(event, grace).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        register(event, linus).then().statusCode(201).body("position", equalTo(2));

        mine(event, grace).then().statusCode(200).body("position", equalTo(1));
        mine(event, linus).then().statusCode(200).body("position", equalTo(2));
        var waitlisted = topic.awaitConforming(EventsEvents.REGISTRATION_WAITLISTED, event);
        assertThat(ContractExamples.read(EventsEvents.REGISTRATION_WAITLISTED, waitlisted.value())
                        .position())
                .isEqualTo(1);
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{id}/waitlist", event)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(List.of(grace, linus)))
                .body("position", equalTo(List.of(1, 2)));
    }

    @Test
    void aCancelledSeatShouldGoAtOnceToTheFirstWaiting() {
        String event = published(conference(1));
        String ada = activeMember(standings, "associate");
        String adaRegistration = register(event, ada).path("id");
        String grace = activeMember(standings, "associate");
        String linus = activeMember(standings, "associate");
        register(event, grace);
        register(event, linus);

        cancel(event, adaRegistration, TOKENS.member(ada))
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("endReason", equalTo("MEMBER"));

        mine(event, grace).then().body("status", equalTo("CONFIRMED"));
        mine(event, linus).then().body("position", equalTo(1));
        topic.awaitConforming(EventsEvents.REGISTRATION_CANCELLED, event);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        topic.ofType(EventsEvents.REGISTRATION_CONFIRMED, event).size() == 2);
    }

    @Test
    void aFreedSeatShouldBeOfferedAndExpireToTheNextWhenUnclaimed() {
        String event = published(with(with(conference(1), "seatRelease", "OFFER"), "offerClaimHours", 2));
        String ada = activeMember(standings, "associate");
        String adaRegistration = register(event, ada).path("id");
        String grace = activeMember(standings, "associate");
        String graceRegistration = register(event, grace).path("id");
        String linus = activeMember(standings, "associate");
        String linusRegistration = register(event, linus).path("id");

        cancel(event, adaRegistration, TOKENS.member(ada)).then().statusCode(200);
        mine(event, grace).then().body("status", equalTo("OFFERED")).body("claimBy", notNullValue());
        topic.awaitConforming(EventsEvents.SEAT_OFFERED, event);

        Instant before = TestClock.CLOCK.instant();
        TestClock.CLOCK.advance(Duration.ofHours(3));
        try {
            offerExpiry.run();
            given().auth()
                    .oauth2(TOKENS.member(grace))
                    .when()
                    .post("/events/{e}/registrations/{r}/claim", event, graceRegistration)
                    .then()
                    .statusCode(409);
        } finally {
            TestClock.CLOCK.setTo(before);
        }
        topic.awaitConforming(EventsEvents.SEAT_OFFER_EXPIRED, event);
        mine(event, linus).then().body("status", equalTo("OFFERED"));

        given().auth()
                .oauth2(TOKENS.member(grace))
                .when()
                .post("/events/{e}/registrations/{r}/claim", event, linusRegistration)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(linus))
                .when()
                .post("/events/{e}/registrations/{r}/claim", event, linusRegistration)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aMemberShouldLeaveTheWaitlistAndOthersMoveUp() {
        String event = published(conference(1));
        register(event, activeMember(standings, "associate"));
        String grace = activeMember(standings, "associate");
        String graceRegistration = register(event, grace).path("id");
        String linus = activeMember(standings, "associate");
        register(event, linus);

        cancel(event, graceRegistration, TOKENS.member(grace)).then().statusCode(200);

        mine(event, linus).then().body("position", equalTo(1));
        mine(event, grace).then().statusCode(404);
    }

    @Test
    void aCancelledEventShouldCancelEveryRegistrationAndOffer() {
        String event = published(with(conference(1), "seatRelease", "OFFER"));
        String ada = activeMember(standings, "associate");
        String grace = activeMember(standings, "associate");
        register(event, ada);
        register(event, grace);

        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Storm warning"))
                .when()
                .post("/events/{id}/cancel", event)
                .then()
                .statusCode(200)
                .body("seatsTaken", equalTo(0));

        given().auth()
                .oauth2(coordinatorToken())
                .queryParam("status", "CANCELLED")
                .when()
                .get("/events/{id}/registrations", event)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.endReason", equalTo(List.of("EVENT_CANCELLED", "EVENT_CANCELLED")));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        topic.ofType(EventsEvents.REGISTRATION_CANCELLED, event).size() == 2);
        topic.awaitConforming(EventsEvents.REGISTRATION_CANCELLED, event);
        register(event, activeMember(standings, "associate"))
                .then()
                .statusCode(409)
                .body("type", endsWith("/event-not-open"));
    }

    @Test
    void shouldGateOnMembershipTierAndTheRegistrationWindow() {
        String forProfessionals = published(with(conference(10), "allowedTiers", List.of("professional")));
        register(forProfessionals, activeMember(standings, "associate"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/tier-not-allowed"));
        // a member this service has not heard of may have joined a moment ago: told to retry, never refused (issue 11)
        register(forProfessionals, Fixtures.newMemberId())
                .then()
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .body("type", endsWith("/member-not-yet-known"));
        register(forProfessionals, activeMember(standings, "professional"))
                .then()
                .statusCode(201);

        register(draft(conference(10)), activeMember(standings, "associate"))
                .then()
                .statusCode(409)
                .body("type", endsWith("/event-not-open"));
        Instant inTwoDays = TestClock.CLOCK.instant().plus(Duration.ofDays(2));
        register(published(with(conference(10), "registrationOpensAt", inTwoDays.toString())), Fixtures.newMemberId())
                .then()
                .statusCode(409)
                .body("type", endsWith("/registration-not-open"));
        register(UUID.randomUUID().toString(), Fixtures.newMemberId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anOpenEventShouldTakeAnyMember() {
        String event = published(with(conference(10), "membersOnly", false));

        register(event, Fixtures.newMemberId()).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void membersShouldSeeAndChangeOnlyTheirOwnRegistrations() {
        String event = published(conference(10));
        String ada = activeMember(standings, "associate");
        String registration = register(event, ada).path("id");
        String mallory = TOKENS.member(Fixtures.newMemberId());

        given().auth()
                .oauth2(mallory)
                .when()
                .get("/events/{e}/registrations/{r}", event, registration)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        cancel(event, registration, mallory).then().statusCode(403);
        given().auth()
                .oauth2(mallory)
                .when()
                .get("/events/{e}/registrations", event)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(mallory)
                .when()
                .get("/events/{e}/waitlist", event)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{e}/registrations/{r}", event, registration)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(ada));
        given().when().post("/events/{e}/registrations", event).then().statusCode(401);
        given().when()
                .delete("/events/{e}/registrations/{r}", event, registration)
                .then()
                .statusCode(401);
    }

    @Test
    void shouldNameTheFieldOfABadSharingChoice() {
        String event = published(conference(10));
        String ada = activeMember(standings, "associate");
        String registration = register(event, ada).path("id");

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .put("/events/{e}/registrations/{r}/attendance-sharing", event, registration)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("share"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("shareAttendance", "perhaps"))
                .when()
                .post("/events/{e}/registrations", event)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("shareAttendance"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("share", true))
                .when()
                .put("/events/{e}/registrations/{r}/attendance-sharing", event, registration)
                .then()
                .statusCode(200)
                .body("sharesAttendance", equalTo(true));
    }

    @Test
    void aRegistrationThatCannotGetTheEventLockInTimeShouldBeToldToRetry() throws Exception {
        String event = published(conference(10));
        String ada = activeMember(standings, "associate");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from event where id = ? for update")) {
                lock.setObject(1, UUID.fromString(event));
                lock.executeQuery().close();
            }
            register(event, ada)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/busy"));
            holder.rollback();
        }
        register(event, ada).then().statusCode(201);
    }

    private static io.restassured.response.Response mine(String event, String memberId) {
        return given().auth().oauth2(TOKENS.member(memberId)).when().get("/events/{id}/registrations/me", event);
    }

    private static io.restassured.response.Response cancel(String event, String registration, String token) {
        return given().auth().oauth2(token).when().delete("/events/{e}/registrations/{r}", event, registration);
    }
}
