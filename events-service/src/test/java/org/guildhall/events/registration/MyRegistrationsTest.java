package org.guildhall.events.registration;

import static io.restassured.RestAssured.given;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.guildhall.events.membership.MemberStandingRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/** A member's live registrations in one answer, for their home page: every event they hold or wait for a seat at. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MyRegistrationsTest {

    @Inject
    MemberStandingRepository standings;

    @Test
    void shouldListTheLiveRegistrationsOfAMemberWithTheirEventAndWaitlistPosition() {
        String full = published(with(conference(1), "title", "Small Salon"));
        String roomy = published(with(conference(50), "title", "Big Summit"));
        String cancelled = published(with(conference(50), "title", "Left Behind"));
        String ada = activeMember(standings, "associate");
        String grace = activeMember(standings, "associate");
        register(full, grace).then().statusCode(201);
        register(full, ada).then().statusCode(201);
        register(roomy, ada).then().statusCode(201);
        String seat = register(cancelled, ada).then().statusCode(201).extract().path("id");
        given().auth()
                .oauth2(TOKENS.member(ada))
                .delete("/events/{e}/registrations/{r}", cancelled, seat)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/registrations/me")
                .then()
                .statusCode(200)
                .body("eventTitle", not(org.hamcrest.Matchers.hasItem("Left Behind")))
                .body("find { it.eventTitle == 'Small Salon' }.status", equalTo("WAITLISTED"))
                .body("find { it.eventTitle == 'Small Salon' }.position", equalTo(1))
                .body("find { it.eventTitle == 'Big Summit' }.status", equalTo("CONFIRMED"))
                .body("eventId", org.hamcrest.Matchers.hasItems(full, roomy));
        given().get("/registrations/me").then().statusCode(401);
    }
}
