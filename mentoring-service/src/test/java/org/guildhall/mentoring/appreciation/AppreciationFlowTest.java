package org.guildhall.mentoring.appreciation;

import static io.restassured.RestAssured.given;
import static org.guildhall.mentoring.Problems.invalid;
import static org.guildhall.mentoring.Problems.problem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Requests;
import org.guildhall.mentoring.Topic;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class AppreciationFlowTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final TopicReader mentoring = TopicReader.shared(Topics.MENTORING);

    @Inject
    Community community;

    @Test
    void shouldPromptForAndSendThanksAfterASession() {
        String grace = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String sessionId = loggedSession(ada, grace);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/appreciations/prompts")
                .then()
                .statusCode(200)
                .body("contextId", hasItem(sessionId))
                .body("toMemberId", hasItem(grace));

        String id = thank(ada, grace, "SESSION", sessionId)
                .then()
                .statusCode(201)
                .body("context", equalTo("SESSION"))
                .extract()
                .path("id");
        Topic.assertPublished(mentoring, MentoringEvents.APPRECIATION_SENT, id);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/appreciations/prompts")
                .then()
                .body("contextId", not(hasItem(sessionId)));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/appreciations/received")
                .then()
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .get("/appreciations/{id}", id)
                .then()
                .statusCode(403);
        thank(ada, grace, "SESSION", sessionId).then().statusCode(409).body("type", endsWith("/already-thanked"));
    }

    @Test
    void shouldRefuseThanksForSomethingNotShared() {
        String grace = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String mallory = community.activeEarlyCareerMember("en");
        String sessionId = loggedSession(ada, grace);

        thank(mallory, grace, "SESSION", sessionId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/nothing-shared"));
        thank(ada, grace, "EVENT", "an-event-id").then().statusCode(201);
    }

    @Test
    void shouldRefuseBadThanks() {
        String grace = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("toMemberId", grace, "context", "EVENT", "contextId", "e"))
                .post("/appreciations")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("message"));
        thank(ada, ada, "EVENT", "e").then().statusCode(400).body("type", endsWith("/self-appreciation"));
        given().contentType(ContentType.JSON)
                .body(Map.of("toMemberId", grace, "context", "EVENT", "contextId", "e", "message", "Thanks"))
                .post("/appreciations")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TOKENS.forUser(ada).roles().sign())
                .contentType(ContentType.JSON)
                .body(Map.of("toMemberId", grace, "context", "EVENT", "contextId", "e", "message", "Thanks"))
                .post("/appreciations")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldShowAThankYouToItsSenderAndRecipientOnly() {
        String grace = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String stranger = community.activeEarlyCareerMember("en");
        String sessionId = loggedSession(ada, grace);
        String id = thank(grace, ada, "SESSION", sessionId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (String party : List.of(grace, ada)) {
            given().auth()
                    .oauth2(TOKENS.member(party))
                    .get("/appreciations/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("toMemberId", equalTo(ada));
        }
        given().auth()
                .oauth2(TOKENS.member(stranger))
                .get("/appreciations/received")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/appreciations/received")
                .then()
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(TOKENS.member(stranger))
                .get("/appreciations/prompts")
                .then()
                .statusCode(200)
                .body("contextId", not(hasItem(sessionId)));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/appreciations/{id}", java.util.UUID.randomUUID())
                .then()
                .spec(problem(404, "appreciation-not-found"));
    }

    @Test
    void shouldRefuseThanksToAnUnknownMemberOrForAnUnknownContext() {
        String ada = community.activeEarlyCareerMember("en");
        String grace = community.activeSeniorEngineer("en");

        thank(ada, Community.newPersonId(), "EVENT", "e").then().spec(problem(404, "member-not-found"));
        thank(ada, grace, "MENTORSHIP", "not-a-mentorship").then().spec(problem(409, "nothing-shared"));
        thank(ada, grace, "GIFT", "e").then().statusCode(400).contentType("application/problem+json");
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("size", 101)
                .get("/appreciations/received")
                .then()
                .spec(invalid("size"));
    }

    private static io.restassured.response.Response thank(String from, String to, String context, String contextId) {
        return given().auth()
                .oauth2(TOKENS.member(from))
                .contentType(ContentType.JSON)
                .body(Map.of("toMemberId", to, "context", context, "contextId", contextId, "message", "Thank you!"))
                .post("/appreciations");
    }

    private static String loggedSession(String mentee, String mentor) {
        given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(Requests.mentorTaking(2, "en"))
                .put("/mentors/{id}", mentor)
                .then()
                .statusCode(200);
        String requestId = given().auth()
                .oauth2(TOKENS.member(mentee))
                .contentType(ContentType.JSON)
                .body(Requests.askFor(mentor))
                .post("/mentorship-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String mentorshipId = given().auth()
                .oauth2(TOKENS.member(mentor))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(Map.of("sessionDate", "2026-12-05", "durationMinutes", 45))
                .post("/mentorships/{id}/sessions", mentorshipId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
