package org.guildhall.mentoring.mentorship;

import static io.restassured.RestAssured.given;
import static org.guildhall.mentoring.Mentoring.TOKENS;
import static org.guildhall.mentoring.Mentoring.ask;
import static org.guildhall.mentoring.Problems.invalid;
import static org.guildhall.mentoring.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/** {@code /mentorship-requests}: what each endpoint refuses and to whom, and the mentee's withdrawal. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MentorshipRequestResourceTest {

    @Inject
    Community community;

    @Inject
    Mentoring mentoring;

    @Test
    void shouldLetTheMenteeWithdrawAPendingRequestAndAskAgain() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String requestId = mentoring.pendingRequest(ada, grace);

        withdraw(ada, requestId)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("answeredAt", notNullValue());

        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/mentorship-requests/{id}", requestId)
                .then()
                .body("status", equalTo("WITHDRAWN"));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .spec(problem(409, "request-already-answered"));
        withdraw(ada, requestId).then().spec(problem(409, "request-already-answered"));
        // a withdrawal is no decline: no cool-down keeps the pair apart
        ask(ada, grace).then().statusCode(201);
    }

    @Test
    void shouldLetOnlyTheMenteeWhoAskedWithdraw() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String requestId = mentoring.pendingRequest(ada, grace);

        withdraw(grace, requestId).then().spec(problem(403, "forbidden"));
        withdraw(community.activeEarlyCareerMember("en"), requestId).then().spec(problem(403, "forbidden"));
        given().auth()
                .oauth2(TOKENS.admin(Community.newPersonId()))
                .post("/mentorship-requests/{id}/withdraw", requestId)
                .then()
                .spec(problem(403, "forbidden"));
        withdraw(ada, UUID.randomUUID().toString()).then().spec(problem(404, "mentorship-request-not-found"));

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorship-requests/{id}", requestId)
                .then()
                .body("status", equalTo("PENDING"));
    }

    @Test
    void shouldWithdrawOnlyWhatIsStillPending() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String linus = mentoring.mentee();
        String declined = mentoring.pendingRequest(ada, grace);
        decline(grace, declined, Map.of()).then().statusCode(200);
        String accepted = mentoring.pendingRequest(linus, grace);
        given().auth()
                .oauth2(TOKENS.member(grace))
                .post("/mentorship-requests/{id}/accept", accepted)
                .then()
                .statusCode(201);

        withdraw(ada, declined).then().spec(problem(409, "request-already-answered"));
        withdraw(linus, accepted).then().spec(problem(409, "request-already-answered"));
    }

    @Test
    void shouldRefuseRequestsToOneselfToUnknownOrClosedMentorsAndFromLapsedMembers() {
        String ada = mentoring.mentee();
        String paused = community.activeSeniorEngineer("en");
        Mentoring.publishMentor(
                paused, Requests.mentorWith(Requests.mentorTaking(2, "en"), "acceptingRequests", false));
        String full = mentoring.mentorTaking(0);
        String lapsed = mentoring.mentorTaking(2);
        community.lapse(lapsed);
        String lapsedMentee = mentoring.mentee();
        community.lapse(lapsedMentee);

        ask(ada, ada).then().spec(problem(400, "self-request"));
        ask(ada, paused).then().spec(problem(409, "mentor-not-accepting"));
        ask(ada, full).then().spec(problem(409, "mentor-at-capacity"));
        ask(ada, lapsed).then().spec(problem(404, "mentor-not-found"));
        ask(ada, Community.newPersonId()).then().spec(problem(404, "mentor-not-found"));
        ask(lapsedMentee, mentoring.mentorTaking(2)).then().spec(problem(409, "member-not-active"));
    }

    @Test
    void shouldRefuseAnInvalidRequestBody() {
        String ada = mentoring.mentee();

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("mentorId", Community.newPersonId(), "message", "x".repeat(2001)))
                .post("/mentorship-requests")
                .then()
                .spec(invalid("message"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("mentorId", Community.newPersonId(), "goals", java.util.List.of(" ")))
                .post("/mentorship-requests")
                .then()
                .spec(invalid("goals[0]"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body("{\"mentorId\": ")
                .post("/mentorship-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListOnlyTheCallersOwnRequestsWithinPageBounds() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String requestId = mentoring.pendingRequest(ada, grace);
        String stranger = community.activeEarlyCareerMember("en");

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorship-requests")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(requestId))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("as", "mentor")
                .get("/mentorship-requests")
                .then()
                .body("totalItems", equalTo(0));
        for (String as : java.util.List.of("mentee", "mentor")) {
            given().auth()
                    .oauth2(TOKENS.member(stranger))
                    .queryParam("as", as)
                    .get("/mentorship-requests")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(requestId)));
        }
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("size", 101)
                .get("/mentorship-requests")
                .then()
                .spec(invalid("size"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("page", -1)
                .get("/mentorship-requests")
                .then()
                .spec(invalid("page"));
    }

    @Test
    void shouldLetOnlyTheMentorAnswerAndOnlyWithAShortReason() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String requestId = mentoring.pendingRequest(ada, grace);

        decline(ada, requestId, Map.of()).then().spec(problem(403, "forbidden"));
        decline(community.activeSeniorEngineer("en"), requestId, Map.of())
                .then()
                .spec(problem(403, "forbidden"));
        decline(grace, requestId, Map.of("reason", "x".repeat(501))).then().spec(invalid("reason"));
        decline(grace, UUID.randomUUID().toString(), Map.of())
                .then()
                .spec(problem(404, "mentorship-request-not-found"));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .post("/mentorship-requests/{id}/accept", UUID.randomUUID())
                .then()
                .spec(problem(404, "mentorship-request-not-found"));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/mentorship-requests/{id}", UUID.randomUUID())
                .then()
                .spec(problem(404, "mentorship-request-not-found"));

        decline(grace, requestId, Map.of("reason", "Full this quarter"))
                .then()
                .statusCode(200)
                .body("declineReason", equalTo("Full this quarter"));
    }

    private static io.restassured.response.Response withdraw(String caller, String requestId) {
        return given().auth().oauth2(TOKENS.member(caller)).post("/mentorship-requests/{id}/withdraw", requestId);
    }

    private static io.restassured.response.Response decline(String caller, String requestId, Map<String, ?> body) {
        return given().auth()
                .oauth2(TOKENS.member(caller))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/mentorship-requests/{id}/decline", requestId);
    }
}
