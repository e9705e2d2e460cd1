package org.guildhall.mentoring.membership;

import static io.restassured.RestAssured.given;
import static org.guildhall.mentoring.Mentoring.TOKENS;
import static org.guildhall.mentoring.Problems.problem;
import static org.guildhall.mentoring.interview.InterviewAsks.ask;
import static org.guildhall.mentoring.interview.InterviewAsks.soon;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/**
 * A request is made as its sender stood then; it is accepted only while they are still in good standing (issue 11 §5):
 * a mentee or an interview's requester whose membership lapsed after asking cannot be accepted, nor a host who lapsed
 * after proposing another time.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class StandingWhenActedOnTest {

    @Inject
    Community community;

    @Inject
    Mentoring mentoring;

    @Test
    void aMentorshipRequestFromAMenteeWhoLapsedSinceShouldNotBeAccepted() {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String requestId = mentoring.pendingRequest(ada, grace);
        community.lapse(ada);

        given().auth()
                .oauth2(TOKENS.member(grace))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .spec(problem(409, "member-not-active"))
                .body("detail", containsString("no longer an active member"));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/mentorship-requests/{id}", requestId)
                .then()
                .body("status", equalTo("PENDING"));
    }

    @Test
    void anInterviewRequestFromAMemberWhoLapsedSinceShouldNotBeAccepted() {
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        Instant time = soon(2);
        String id = ask(ada, linus, time).then().statusCode(201).extract().path("id");
        community.lapse(ada);

        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("time", time.toString()))
                .post("/informational-interviews/{id}/accept", id)
                .then()
                .spec(problem(409, "member-not-active"));
    }

    @Test
    void anotherTimeProposedByAHostWhoLapsedSinceShouldNotBeAccepted() {
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String id = ask(ada, linus, soon(2)).then().statusCode(201).extract().path("id");
        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("time", soon(4).toString()))
                .post("/informational-interviews/{id}/propose", id)
                .then()
                .statusCode(200);
        community.lapse(linus);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/informational-interviews/{id}/accept-proposal", id)
                .then()
                .spec(problem(409, "member-not-active"));
    }
}
