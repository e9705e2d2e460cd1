package org.guildhall.events.checkin;

import static io.restassured.RestAssured.given;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMemberNamed;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class RegistrantsTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void registrantsShouldCarryTheirNamesInArrivalOrderWithWaitlistPlacesAndBeFoundByName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String event = published(conference(1));
        String ada = activeMemberNamed(standings, "associate", "Ada " + tag);
        String grace = activeMemberNamed(standings, "associate", "Grace " + tag);
        register(event, ada).then().statusCode(201);
        register(event, grace).then().statusCode(201);

        given().auth()
                .oauth2(coordinatorToken())
                .get("/events/{id}/registrants", event)
                .then()
                .statusCode(200)
                .body("displayName", contains("Ada " + tag, "Grace " + tag))
                .body("status", contains("CONFIRMED", "WAITLISTED"))
                .body("[1].position", equalTo(1));
        given().auth()
                .oauth2(coordinatorToken())
                .queryParam("name", "grace " + tag)
                .get("/events/{id}/registrants", event)
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].memberId", equalTo(grace));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/events/{id}/registrants", event)
                .then()
                .statusCode(403);
    }
}
