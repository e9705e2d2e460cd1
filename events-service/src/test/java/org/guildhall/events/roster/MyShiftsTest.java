package org.guildhall.events.roster;

import static io.restassured.RestAssured.given;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** A member's own shifts across events: held, waited for (with the position), never those given up. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MyShiftsTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void shouldListTheShiftsAMemberHoldsAndWaitsForAcrossEventsSoonestFirst() {
        Instant morning = TestClock.CLOCK.instant().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.DAYS);
        String harbour = published(with(with(conference(50), "title", "Harbour Fair"), "timeZone", "Asia/Tokyo"));
        String summit = published(with(conference(50), "title", "Spring Summit"));
        String late = Rosters.shift(
                harbour, Rosters.registrationDesk(harbour), morning.plus(Duration.ofHours(6)), Duration.ofHours(2), 1);
        String summitDesk = Rosters.registrationDesk(summit);
        String early = Rosters.shift(summit, summitDesk, morning, Duration.ofHours(2), 1);
        String released = Rosters.shift(summit, summitDesk, morning.plus(Duration.ofDays(1)), Duration.ofHours(2), 1);
        String ada = activeMember(standings, "associate");
        String grace = activeMember(standings, "associate");
        signUp(harbour, late, grace);
        signUp(harbour, late, ada);
        signUp(summit, early, ada);
        String place = signUp(summit, released, ada);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .delete("/events/{e}/shifts/{s}/volunteers/{p}", summit, released, place)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/volunteer-places/me")
                .then()
                .statusCode(200)
                .body("eventTitle", contains("Spring Summit", "Harbour Fair"))
                .body("status", contains("ASSIGNED", "WAITLISTED"))
                .body("[0].roleName", equalTo("Registration desk"))
                .body("[0].position", nullValue())
                .body("[1].position", equalTo(1))
                .body("[1].eventTimeZone", equalTo("Asia/Tokyo"));
        given().get("/volunteer-places/me").then().statusCode(401);
    }

    private static String signUp(String event, String shift, String memberId) {
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .post("/events/{e}/shifts/{s}/volunteers", event, shift)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
