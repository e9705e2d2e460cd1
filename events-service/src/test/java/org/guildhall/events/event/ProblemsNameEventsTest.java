package org.guildhall.events.event;

import static io.restassured.RestAssured.given;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.draft;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/**
 * A problem's detail is read by a person (the web shows it beside the button), so it names an event by its title and
 * its state in words, never by its id or an enum constant.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProblemsNameEventsTest {

    @Inject
    MemberSnapshotRepository snapshots;

    @Test
    void aRefusalAboutAnEventShouldNameItByItsTitle() {
        String cancelled = published(with(conference(10), "title", "Autumn Gala"));
        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The venue closed"))
                .post("/events/{id}/cancel", cancelled)
                .then()
                .statusCode(200);
        String ada = activeMember(snapshots, "associate");

        register(cancelled, ada)
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        allOf(
                                containsString("“Autumn Gala” is cancelled"),
                                not(containsString(cancelled)),
                                not(containsString("CANCELLED"))));
        String drafted = draft(with(conference(10), "title", "Winter Social"));
        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "ABC123"))
                .post("/events/{id}/check-ins", drafted)
                .then()
                .statusCode(409)
                .body("detail", allOf(containsString("“Winter Social” is draft"), not(containsString(drafted))));
    }
}
