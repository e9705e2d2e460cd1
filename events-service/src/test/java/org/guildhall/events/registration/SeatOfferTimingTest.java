package org.guildhall.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.SeatOffered;
import org.guildhall.events.EventsTopic;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offers, deadlines and the waitlist follow the event's time: nobody is offered what they cannot use. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class SeatOfferTimingTest {

    private static EventsTopic topic;

    @Inject
    MemberSnapshotRepository standings;

    @Inject
    SeatOfferExpiry offerExpiry;

    private Instant realNow;

    @BeforeAll
    static void readTheTopic() {
        topic = new EventsTopic();
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @BeforeEach
    void rememberTheTime() {
        realNow = TestClock.CLOCK.instant();
    }

    @AfterEach
    void putTheClockBack() {
        TestClock.CLOCK.setTo(realNow);
    }

    /** Capacity 1, starting in 70 s: A confirmed, B and C waiting; A cancels after the start. */
    @Test
    void aSeatFreedAfterTheStartShouldBeOfferedToNobody() {
        String event = published(startingSoon("OFFER", 24));
        String ada = activeMember(standings, "associate");
        String adaSeat = register(event, ada).then().statusCode(201).extract().path("id");
        String grace = activeMember(standings, "associate");
        register(event, grace).then().body("status", equalTo("WAITLISTED"));
        String linus = activeMember(standings, "associate");
        register(event, linus).then().body("status", equalTo("WAITLISTED"));

        TestClock.CLOCK.advance(Duration.ofSeconds(90));
        cancel(event, adaSeat, ada);
        offerExpiry.run();

        mine(event, grace).then().body("status", equalTo("WAITLISTED")).body("position", equalTo(1));
        mine(event, linus).then().body("status", equalTo("WAITLISTED")).body("position", equalTo(2));
        eventView(event).then().body("seatsTaken", equalTo(0));
        topic.awaitConforming(EventsEvents.REGISTRATION_CANCELLED, event);
        assertThat(topic.ofType(EventsEvents.SEAT_OFFERED, event)).isEmpty();
    }

    @Test
    void aSeatFreedAfterTheStartShouldNotConfirmTheFirstWaitingEither() {
        String event = published(startingSoon("CONFIRM_AT_ONCE", 24));
        String ada = activeMember(standings, "associate");
        String adaSeat = register(event, ada).then().statusCode(201).extract().path("id");
        String grace = activeMember(standings, "associate");
        register(event, grace).then().body("status", equalTo("WAITLISTED"));

        TestClock.CLOCK.advance(Duration.ofSeconds(90));
        cancel(event, adaSeat, ada);

        mine(event, grace).then().body("status", equalTo("WAITLISTED"));
        topic.awaitConforming(EventsEvents.REGISTRATION_CANCELLED, event);
        assertThat(topic.ofType(EventsEvents.REGISTRATION_CONFIRMED, event)).hasSize(1);
    }

    @Test
    void moreCapacityAfterTheStartShouldNotServeTheWaitlist() {
        Map<String, Object> request = startingSoon("OFFER", 24);
        String event = published(request);
        register(event, activeMember(standings, "associate")).then().statusCode(201);
        String grace = activeMember(standings, "associate");
        register(event, grace).then().body("status", equalTo("WAITLISTED"));

        TestClock.CLOCK.advance(Duration.ofSeconds(90));
        edit(event, with(request, "capacity", 2)).then().statusCode(200);

        mine(event, grace).then().body("status", equalTo("WAITLISTED"));
    }

    /** A 48 h claim window on an event 10 days out; the coordinator moves the event to start in 2 hours. */
    @Test
    void anOpenOffersDeadlineShouldFollowTheEventWhenItMovesEarlier() {
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> request = offering(start, 48);
        String event = published(request);
        String ada = activeMember(standings, "associate");
        String adaSeat = register(event, ada).path("id");
        String grace = activeMember(standings, "associate");
        String graceRegistration = register(event, grace).path("id");
        cancel(event, adaSeat, ada);
        mine(event, grace).then().body("status", equalTo("OFFERED"));

        Instant newStart = TestClock.CLOCK.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        edit(event, movedTo(request, newStart)).then().statusCode(200);

        Instant claimBy = Instant.parse(mine(event, grace).path("claimBy"));
        assertThat(claimBy).isEqualTo(newStart);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> topic.ofType(EventsEvents.SEAT_OFFERED, event).size() == 2);
        SeatOffered reissued = ContractExamples.read(
                EventsEvents.SEAT_OFFERED,
                topic.ofType(EventsEvents.SEAT_OFFERED, event).get(1).value());
        assertThat(reissued.claimBy()).isEqualTo(newStart);
        assertThat(topic.types(event))
                .containsSubsequence(EventsEvents.EVENT_RESCHEDULED.type(), EventsEvents.SEAT_OFFERED.type());

        TestClock.CLOCK.setTo(newStart.plus(Duration.ofHours(1)));
        claim(event, graceRegistration, grace).then().statusCode(409).body("type", endsWith("/seat-offer-expired"));
    }

    @Test
    void anOpenOffersDeadlineShouldGrowBackWhenTheEventMovesLater() {
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = offering(start, 24);
        String event = published(request);
        String ada = activeMember(standings, "associate");
        String adaSeat = register(event, ada).path("id");
        String grace = activeMember(standings, "associate");
        register(event, grace);
        cancel(event, adaSeat, ada);
        Instant offeredAt = Instant.parse(mine(event, grace).path("offeredAt"));
        assertThat(Instant.parse(mine(event, grace).path("claimBy"))).isEqualTo(start);

        edit(event, movedTo(request, start.plus(Duration.ofDays(5)))).then().statusCode(200);

        assertThat(Instant.parse(mine(event, grace).path("claimBy"))).isEqualTo(offeredAt.plus(Duration.ofHours(24)));
    }

    @Test
    void anOfferWhoseRevisedDeadlineHasPassedShouldEndAndNotBeClaimable() {
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = offering(start, 48);
        String event = published(request);
        String ada = activeMember(standings, "associate");
        String adaSeat = register(event, ada).path("id");
        String grace = activeMember(standings, "associate");
        String graceRegistration = register(event, grace).path("id");
        cancel(event, adaSeat, ada);

        TestClock.CLOCK.advance(Duration.ofHours(3));
        Instant passedStart =
                TestClock.CLOCK.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        edit(event, movedTo(request, passedStart)).then().statusCode(200);

        claim(event, graceRegistration, grace).then().statusCode(409);
        given().auth()
                .oauth2(TOKENS.member(grace))
                .when()
                .get("/events/{e}/registrations/{r}", event, graceRegistration)
                .then()
                .body("status", equalTo("OFFER_EXPIRED"));
        topic.awaitConforming(EventsEvents.SEAT_OFFER_EXPIRED, event);
        eventView(event).then().body("seatsTaken", equalTo(0));
    }

    private static Map<String, Object> startingSoon(String seatRelease, int claimHours) {
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofSeconds(70));
        Map<String, Object> request = with(conference(1), "startsAt", start.toString());
        request = with(request, "endsAt", start.plus(Duration.ofHours(2)).toString());
        request = with(request, "seatRelease", seatRelease);
        return with(request, "offerClaimHours", claimHours);
    }

    private static Map<String, Object> offering(Instant start, int claimHours) {
        return with(
                with(
                        with(
                                with(conference(1), "startsAt", start.toString()),
                                "endsAt",
                                start.plus(Duration.ofHours(3)).toString()),
                        "seatRelease",
                        "OFFER"),
                "offerClaimHours",
                claimHours);
    }

    private static Map<String, Object> movedTo(Map<String, Object> request, Instant start) {
        return with(
                with(request, "startsAt", start.toString()),
                "endsAt",
                start.plus(Duration.ofHours(3)).toString());
    }

    private static io.restassured.response.Response edit(String event, Map<String, Object> request) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .put("/events/{id}", event);
    }

    private static void cancel(String event, String registration, String member) {
        given().auth()
                .oauth2(TOKENS.member(member))
                .when()
                .delete("/events/{e}/registrations/{r}", event, registration)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response claim(String event, String registration, String member) {
        return given().auth()
                .oauth2(TOKENS.member(member))
                .when()
                .post("/events/{e}/registrations/{r}/claim", event, registration);
    }

    private static io.restassured.response.Response mine(String event, String member) {
        return given().auth().oauth2(TOKENS.member(member)).when().get("/events/{e}/registrations/me", event);
    }

    private static io.restassured.response.Response eventView(String event) {
        return given().auth().oauth2(coordinatorToken()).when().get("/events/{e}", event);
    }
}
