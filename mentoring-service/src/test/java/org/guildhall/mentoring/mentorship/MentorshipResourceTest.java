package org.guildhall.mentoring.mentorship;

import static io.restassured.RestAssured.given;
import static org.guildhall.mentoring.Mentoring.TOKENS;
import static org.guildhall.mentoring.Problems.invalid;
import static org.guildhall.mentoring.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/** {@code /mentorships}: only the pair reaches a mentorship, and each endpoint refuses what it cannot take. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MentorshipResourceTest {

    private static final Map<String, Object> SESSION = Map.of("sessionDate", "2026-12-05", "durationMinutes", 45);

    @Inject
    Community community;

    @Inject
    Mentoring mentoring;

    @Test
    void shouldKeepMentorshipsToTheirPair() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String mentorshipId = mentoring.activeMentorship(ada, grace);
        String stranger = community.activeSeniorEngineer("en");

        given().auth()
                .oauth2(TOKENS.member(stranger))
                .get("/mentorships")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(mentorshipId)));
        given().auth()
                .oauth2(TOKENS.coordinator(stranger))
                .get("/mentorships/{id}", mentorshipId)
                .then()
                .spec(problem(403, "forbidden"));
        post(stranger, "/mentorships/{id}/end", mentorshipId, Map.of()).then().spec(problem(403, "forbidden"));
        post(stranger, "/mentorships/{id}/sessions", mentorshipId, SESSION)
                .then()
                .spec(problem(403, "forbidden"));
        post(stranger, "/mentorships/{id}/goals/progress", mentorshipId, Map.of("goal", "Lead a data team"))
                .then()
                .spec(problem(403, "forbidden"));

        given().auth().oauth2(TOKENS.member(grace)).get("/mentorships").then().body("items.id", hasItem(mentorshipId));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorships/{id}/sessions", mentorshipId)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseInvalidBodiesAndPages() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String mentorshipId = mentoring.activeMentorship(ada, grace);

        post(ada, "/mentorships/{id}/complete", mentorshipId, Map.of("feedback", "x".repeat(2001)))
                .then()
                .spec(invalid("feedback"));
        post(ada, "/mentorships/{id}/sessions", mentorshipId, Map.of("durationMinutes", 45))
                .then()
                .spec(invalid("sessionDate"));
        post(
                        ada,
                        "/mentorships/{id}/sessions",
                        mentorshipId,
                        Map.of("sessionDate", "2026-12-05", "durationMinutes", 481))
                .then()
                .spec(invalid("durationMinutes"));
        post(ada, "/mentorships/{id}/goals/progress", mentorshipId, Map.of("goal", " "))
                .then()
                .spec(invalid("goal"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("size", 0)
                .get("/mentorships")
                .then()
                .spec(invalid("size"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorships/{id}", UUID.randomUUID())
                .then()
                .spec(problem(404, "mentorship-not-found"));
        post(ada, "/mentorships/{id}/complete", UUID.randomUUID().toString(), Map.of())
                .then()
                .spec(problem(404, "mentorship-not-found"));
    }

    @Test
    void shouldTakeNoSessionsOrGoalsOnceFinished() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String mentorshipId = mentoring.activeMentorship(ada, grace);
        post(grace, "/mentorships/{id}/end", mentorshipId, Map.of("reason", "Moving abroad"))
                .then()
                .statusCode(200);

        post(ada, "/mentorships/{id}/sessions", mentorshipId, SESSION)
                .then()
                .spec(problem(409, "mentorship-not-active"));
        post(ada, "/mentorships/{id}/goals/progress", mentorshipId, Map.of("goal", "Lead a data team"))
                .then()
                .spec(problem(409, "mentorship-not-active"));
        post(ada, "/mentorships/{id}/complete", mentorshipId, Map.of())
                .then()
                .spec(problem(409, "mentorship-not-active"));
    }

    private static io.restassured.response.Response post(
            String caller, String path, String mentorshipId, Map<String, ?> body) {
        return given().auth()
                .oauth2(TOKENS.member(caller))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path, mentorshipId);
    }
}
