package org.guildhall.events.registration;

import static io.restassured.RestAssured.given;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A place in line is a decision made as the member stood then; a seat is given and claimed only as they stand now
 * (issue 11 §1, §5): a member whose membership lapsed or was suspended after joining the line cannot claim an offered
 * seat, and is passed over (keeping their place) when a seat frees up.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class StandingWhenActedOnTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void aMemberWhoseMembershipLapsedAfterTheOfferShouldNotClaimTheSeat() {
        String event = published(with(with(conference(1), "seatRelease", "OFFER"), "offerClaimHours", 48));
        String ada = activeMember(standings, "associate");
        String adaSeat = register(event, ada).then().statusCode(201).extract().path("id");
        String grace = activeMember(standings, "associate");
        String graceOffer = register(event, grace)
                .then()
                .body("status", equalTo("WAITLISTED"))
                .extract()
                .path("id");
        cancel(event, adaSeat, ada);
        mine(event, grace).then().body("status", equalTo("OFFERED"));

        for (String status : new String[] {"LAPSED", "SUSPENDED"}) {
            becomes(grace, status);
            given().auth()
                    .oauth2(TOKENS.member(grace))
                    .when()
                    .post("/events/{e}/registrations/{r}/claim", event, graceOffer)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            mine(event, grace).then().body("status", equalTo("OFFERED"));
        }

        becomes(grace, "ACTIVE");
        given().auth()
                .oauth2(TOKENS.member(grace))
                .when()
                .post("/events/{e}/registrations/{r}/claim", event, graceOffer)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aWaitingMemberWhoLapsedShouldBePassedOverForAFreedSeatAndKeepTheirPlace() {
        for (String seatRelease : new String[] {"CONFIRM_AT_ONCE", "OFFER"}) {
            String event = published(with(conference(1), "seatRelease", seatRelease));
            String ada = activeMember(standings, "associate");
            String adaSeat =
                    register(event, ada).then().statusCode(201).extract().path("id");
            String grace = activeMember(standings, "associate");
            register(event, grace).then().body("status", equalTo("WAITLISTED"));
            String linus = activeMember(standings, "associate");
            register(event, linus).then().body("status", equalTo("WAITLISTED"));
            becomes(grace, "SUSPENDED");

            cancel(event, adaSeat, ada);

            mine(event, linus).then().body("status", equalTo(seatRelease.equals("OFFER") ? "OFFERED" : "CONFIRMED"));
            mine(event, grace).then().body("status", equalTo("WAITLISTED")).body("position", equalTo(1));
        }
    }

    private int changes;

    private void becomes(String memberId, String status) {
        QuarkusTransaction.requiringNew().run(() -> standings
                .findById(memberId)
                .statusChanged(new MembershipStatusChanged(
                        memberId,
                        "ACTIVE",
                        status,
                        "associate",
                        null,
                        "test",
                        Instant.now(TestClock.CLOCK).plusSeconds(++changes))));
    }

    private static void cancel(String event, String registration, String member) {
        given().auth()
                .oauth2(TOKENS.member(member))
                .when()
                .delete("/events/{e}/registrations/{r}", event, registration)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response mine(String event, String member) {
        return given().auth().oauth2(TOKENS.member(member)).when().get("/events/{e}/registrations/me", event);
    }
}
