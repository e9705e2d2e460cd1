package org.guildhall.events.roster;

import static io.restassured.RestAssured.given;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** A shift's waitlist moves up only members in good standing now (issue 11 §5); the others keep their spot. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class LapsedVolunteerTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void aWaitingVolunteerWhoseMembershipLapsedShouldBePassedOverAndKeepTheirSpot() {
        String event = published(conference(10));
        String shift = Rosters.shift(
                event,
                Rosters.registrationDesk(event),
                TestClock.CLOCK.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS),
                Duration.ofHours(2),
                1);
        String ada = activeMember(standings, "associate");
        String adaPlace = signUp(event, shift, ada);
        String grace = activeMember(standings, "associate");
        signUp(event, shift, grace);
        String linus = activeMember(standings, "associate");
        signUp(event, shift, linus);
        QuarkusTransaction.requiringNew().run(() -> standings
                .findById(grace)
                .statusChanged(new MembershipStatusChanged(
                        grace, "ACTIVE", "LAPSED", "associate", null, "test", Instant.now(TestClock.CLOCK))));

        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .delete("/events/{e}/shifts/{s}/volunteers/{p}", event, shift, adaPlace)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{e}/roster", event)
                .then()
                .statusCode(200)
                .body("shifts[0].volunteers.memberId", equalTo(List.of(linus)))
                .body("shifts[0].waitlist.memberId", equalTo(List.of(grace)));
    }

    private static String signUp(String event, String shift, String member) {
        return given().auth()
                .oauth2(TOKENS.member(member))
                .when()
                .post("/events/{e}/shifts/{s}/volunteers", event, shift)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
