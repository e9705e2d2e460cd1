package org.guildhall.mentoring.interview;

import static io.restassured.RestAssured.given;
import static org.guildhall.mentoring.Problems.invalid;
import static org.guildhall.mentoring.Problems.problem;
import static org.guildhall.mentoring.interview.InterviewAsks.ask;
import static org.guildhall.mentoring.interview.InterviewAsks.soon;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Topic;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class InterviewFlowTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final TopicReader mentoring = TopicReader.shared(Topics.MENTORING);

    @Inject
    Community community;

    @Test
    void shouldRequestAcceptAndCompleteAnInterview() {
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        Instant inTwoDays = soon(2);

        String id = ask(ada, linus, inTwoDays).then().statusCode(201).extract().path("id");
        Topic.assertPublished(mentoring, MentoringEvents.INFORMATIONAL_INTERVIEW_REQUESTED, id);
        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .get("/informational-interviews/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("time", inTwoDays.toString()))
                .post("/informational-interviews/{id}/accept", id)
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("time", inTwoDays.toString()))
                .post("/informational-interviews/{id}/accept", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        Topic.assertPublished(mentoring, MentoringEvents.INFORMATIONAL_INTERVIEW_ACCEPTED, id);

        TestClock.CLOCK.advance(Duration.ofDays(3));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/informational-interviews/{id}/complete", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        Topic.assertPublished(mentoring, MentoringEvents.INFORMATIONAL_INTERVIEW_COMPLETED, id);
        given().auth()
                .oauth2(TOKENS.member(linus))
                .queryParam("as", "host")
                .get("/informational-interviews")
                .then()
                .body("items.id", hasItem(id));
        ask(ada, linus, soon(5)).then().statusCode(409).body("type", endsWith("/pair-cooling-down"));
    }

    @Test
    void shouldHoldTheHostsMonthlyLimitAndLetThemDecline() {
        String linus = community.activeSeniorEngineer("en");
        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("monthlyLimit", 1))
                .put("/interview-hosts/{id}", linus)
                .then()
                .statusCode(200);
        Instant time = soon(2);
        String first = ask(community.activeEarlyCareerMember("en"), linus, time)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String second = ask(community.activeEarlyCareerMember("en"), linus, time.plus(Duration.ofHours(1)))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        accept(linus, first, time).then().statusCode(200);

        accept(linus, second, time.plus(Duration.ofHours(1)))
                .then()
                .statusCode(409)
                .body("type", endsWith("/monthly-limit-reached"));
        given().auth()
                .oauth2(TOKENS.member(linus))
                .post("/informational-interviews/{id}/decline", second)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        Topic.assertPublished(mentoring, MentoringEvents.INFORMATIONAL_INTERVIEW_DECLINED, second);
    }

    @Test
    void shouldLetTheHostProposeAnotherTimeThatTheRequesterTakes() {
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String id = ask(ada, linus, soon(2)).then().statusCode(201).extract().path("id");
        Instant other = soon(4);

        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("time", other.toString()))
                .post("/informational-interviews/{id}/propose", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("OTHER_TIME_PROPOSED"));
        given().auth()
                .oauth2(TOKENS.member(linus))
                .post("/informational-interviews/{id}/accept-proposal", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/informational-interviews/{id}/accept-proposal", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("scheduledFor", equalTo(other.toString()));
        Topic.assertPublished(mentoring, MentoringEvents.INFORMATIONAL_INTERVIEW_ACCEPTED, id);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/informational-interviews/{id}", id)
                .then()
                .statusCode(200)
                .body("otherTimeProposed", equalTo(other.toString()));
    }

    @Test
    void shouldRefuseBadInterviewRequests() {
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("hostId", linus, "topic", "Kernels"))
                .post("/informational-interviews")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("proposedTimes"));
        ask(ada, ada, soon(2)).then().statusCode(400).body("type", endsWith("/self-request"));
        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("monthlyLimit", -1))
                .put("/interview-hosts/{id}", linus)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("monthlyLimit"));
        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("monthlyLimit", 0))
                .put("/interview-hosts/{id}", linus)
                .then()
                .statusCode(200);
        ask(ada, linus, soon(2)).then().statusCode(409).body("type", endsWith("/host-not-open"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("monthlyLimit", 3))
                .put("/interview-hosts/{id}", linus)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("hostId", linus, "topic", "Kernels", "proposedTimes", List.of(soon(2).toString())))
                .post("/informational-interviews")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldKeepAnInterviewToItsPairAndEachAnswerToWhoseTurnItIs() {
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String stranger = community.activeEarlyCareerMember("en");
        Instant time = soon(2);
        String id = ask(ada, linus, time).then().statusCode(201).extract().path("id");

        for (String as : List.of("requester", "host")) {
            given().auth()
                    .oauth2(TOKENS.member(stranger))
                    .queryParam("as", as)
                    .get("/informational-interviews")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/informational-interviews")
                .then()
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(TOKENS.member(stranger))
                .post("/informational-interviews/{id}/decline", id)
                .then()
                .spec(problem(403, "forbidden"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/informational-interviews/{id}/decline", id)
                .then()
                .spec(problem(403, "forbidden"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("time", soon(3).toString()))
                .post("/informational-interviews/{id}/propose", id)
                .then()
                .spec(problem(403, "forbidden"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/informational-interviews/{id}/accept-proposal", id)
                .then()
                .spec(problem(409, "interview-state"));

        accept(linus, id, time).then().statusCode(200);
        given().auth()
                .oauth2(TOKENS.member(stranger))
                .post("/informational-interviews/{id}/complete", id)
                .then()
                .spec(problem(403, "forbidden"));
        given().auth()
                .oauth2(TOKENS.member(linus))
                .post("/informational-interviews/{id}/complete", id)
                .then()
                .spec(problem(409, "interview-not-happened"));
    }

    @Test
    void shouldRefuseBadAnswersToAnInterview() {
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String id = ask(ada, linus, soon(2)).then().statusCode(201).extract().path("id");

        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/informational-interviews/{id}/accept", id)
                .then()
                .spec(invalid("time"));
        accept(linus, id, soon(6)).then().spec(problem(400, "time-not-proposed"));
        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of("time", "tomorrow"))
                .post("/informational-interviews/{id}/propose", id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TOKENS.member(linus))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "time",
                        TestClock.CLOCK.instant().minus(Duration.ofDays(1)).toString()))
                .post("/informational-interviews/{id}/propose", id)
                .then()
                .spec(problem(400, "time-in-the-past"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("as", "guest")
                .get("/informational-interviews")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/informational-interviews/{id}", java.util.UUID.randomUUID())
                .then()
                .spec(problem(404, "informational-interview-not-found"));
        ask(ada, Community.newPersonId(), soon(2)).then().spec(problem(404, "host-not-found"));
    }

    private static io.restassured.response.Response accept(String host, String id, Instant time) {
        return given().auth()
                .oauth2(TOKENS.member(host))
                .contentType(ContentType.JSON)
                .body(Map.of("time", time.toString()))
                .post("/informational-interviews/{id}/accept", id);
    }
}
