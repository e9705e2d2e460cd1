package org.guildhall.mentoring.mentorship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Mentoring.publishMentor;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Requests;
import org.guildhall.mentoring.Topic;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MentorshipFlowTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final TopicReader mentoring = TopicReader.shared(Topics.MENTORING);

    @Inject
    Community community;

    @Inject
    MentoringRequests requests;

    @Test
    void shouldRequestAndAcceptAMentorshipPublishingBothEvents() {
        String grace = mentorTaking(2);
        String ada = community.activeEarlyCareerMember("en");

        io.restassured.response.ExtractableResponse<io.restassured.response.Response> asked = ask(ada, grace)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract();
        String requestId = asked.path("id");
        assertThat(asked.header("Location")).endsWith("/mentorship-requests/" + requestId);
        assertPublished(MentoringEvents.MENTORSHIP_REQUESTED, requestId);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorship-requests/{id}", requestId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TOKENS.member(grace))
                .queryParam("as", "mentor")
                .get("/mentorship-requests")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(requestId))
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .get("/mentorship-requests/{id}", requestId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        String mentorshipId = given().auth()
                .oauth2(TOKENS.member(grace))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("goals.description", hasItem("Lead a data team"))
                .extract()
                .path("id");
        ConsumerRecord<String, String> accepted = assertPublished(MentoringEvents.MENTORSHIP_ACCEPTED, mentorshipId);
        assertThat(accepted.value()).contains(requestId);
        given().auth().oauth2(TOKENS.member(grace)).get("/mentors/me").then().body("activeMentees", equalTo(1));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorships/{id}", mentorshipId)
                .then()
                .statusCode(200)
                .body("mentorId", equalTo(grace));
        given().auth()
                .oauth2(TOKENS.admin(Community.newPersonId()))
                .get("/mentorships/{id}", mentorshipId)
                .then()
                .statusCode(403);
        ask(ada, grace).then().statusCode(409).body("type", endsWith("/already-mentored"));
    }

    @Test
    void shouldDeclineAndKeepThePairApartDuringTheCoolDown() {
        String grace = mentorTaking(2);
        String ada = community.activeEarlyCareerMember("en");
        String requestId = ask(ada, grace).then().statusCode(201).extract().path("id");

        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "At capacity this quarter"))
                .post("/mentorship-requests/{id}/decline", requestId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        assertPublished(MentoringEvents.MENTORSHIP_DECLINED, requestId);

        ask(ada, grace).then().statusCode(409).body("type", endsWith("/pair-cooling-down"));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .statusCode(409)
                .body("type", endsWith("/request-already-answered"));
    }

    @Test
    void shouldExpireUnansweredRequests() {
        String grace = mentorTaking(2);
        String ada = community.activeEarlyCareerMember("en");
        String requestId = ask(ada, grace).then().statusCode(201).extract().path("id");

        TestClock.CLOCK.advance(Duration.ofDays(15));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .statusCode(409)
                .body("type", endsWith("/request-expired"));
        assertThat(requests.expireDue()).isGreaterThanOrEqualTo(1);

        assertPublished(MentoringEvents.MENTORSHIP_REQUEST_EXPIRED, requestId);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorship-requests/{id}", requestId)
                .then()
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void shouldRespectCapacityUnderConcurrentAcceptances() throws Exception {
        String grace = mentorTaking(1);
        List<String> requestIds = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> community.activeEarlyCareerMember("en"))
                .map(mentee ->
                        ask(mentee, grace).then().statusCode(201).extract().<String>path("id"))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(requestIds.size());
        try {
            List<Callable<Integer>> acceptances = requestIds.stream()
                    .<Callable<Integer>>map(id -> () -> given().auth()
                            .oauth2(TOKENS.member(grace))
                            .post("/mentorship-requests/{id}/accept", id)
                            .statusCode())
                    .toList();
            List<Integer> statuses = pool.invokeAll(acceptances).stream()
                    .map(MentorshipFlowTest::result)
                    .toList();

            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(TOKENS.member(grace)).get("/mentors/me").then().body("activeMentees", equalTo(1));
    }

    @Test
    void shouldLogSessionsWhoseNotesOnlyThePairReads() {
        String grace = mentorTaking(2);
        String ada = community.activeEarlyCareerMember("en");
        String mentorshipId = mentorship(ada, grace);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "sessionDate",
                        "2026-12-05",
                        "durationMinutes",
                        45,
                        "topics",
                        List.of("career-change"),
                        "privateNotes",
                        "Talked about leaving my job"))
                .post("/mentorships/{id}/sessions", mentorshipId)
                .then()
                .statusCode(201)
                .body("privateNotes", equalTo("Talked about leaving my job"));
        ConsumerRecord<String, String> logged =
                assertPublished(MentoringEvents.MENTORSHIP_SESSION_LOGGED, mentorshipId);
        assertThat(logged.value()).doesNotContain("leaving my job");

        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/mentorships/{id}/sessions", mentorshipId)
                .then()
                .statusCode(200)
                .body("privateNotes", hasItem("Talked about leaving my job"));
        given().auth()
                .oauth2(TOKENS.coordinator(Community.newPersonId()))
                .get("/mentorships/{id}/sessions", mentorshipId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/mentorships/{id}/sessions", mentorshipId).then().statusCode(401);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("sessionDate", "2026-12-05", "durationMinutes", 2))
                .post("/mentorships/{id}/sessions", mentorshipId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("durationMinutes"));

        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("goal", "Lead a data team"))
                .post("/mentorships/{id}/goals/progress", mentorshipId)
                .then()
                .statusCode(200)
                .body("goals[0].progressedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldCompleteAMentorshipAndFreeThePlace() {
        String grace = mentorTaking(1);
        String ada = community.activeEarlyCareerMember("en");
        String mentorshipId = mentorship(ada, grace);

        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .contentType(ContentType.JSON)
                .body(Map.of("feedback", "x"))
                .post("/mentorships/{id}/complete", mentorshipId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("feedback", "Thank you, Grace"))
                .post("/mentorships/{id}/complete", mentorshipId)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("feedback", equalTo("Thank you, Grace"));

        assertPublished(MentoringEvents.MENTORSHIP_COMPLETED, mentorshipId);
        given().auth().oauth2(TOKENS.member(grace)).get("/mentors/me").then().body("activeMentees", equalTo(0));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .post("/mentorships/{id}/end", mentorshipId)
                .then()
                .statusCode(409)
                .body("type", endsWith("/mentorship-not-active"));
    }

    @Test
    void shouldLetEitherSideEndAMentorshipEarly() {
        String grace = mentorTaking(1);
        String ada = community.activeEarlyCareerMember("en");
        String mentorshipId = mentorship(ada, grace);

        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x".repeat(501)))
                .post("/mentorships/{id}/end", mentorshipId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Changed roles"))
                .post("/mentorships/{id}/end", mentorshipId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"));

        assertPublished(MentoringEvents.MENTORSHIP_ENDED, mentorshipId);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorships")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mentorshipId));
    }

    @Test
    void shouldRefuseBadRequestsWithProblems() {
        String grace = mentorTaking(1);
        String ada = community.activeEarlyCareerMember("en");
        String paused = community.activeSeniorEngineer("en");
        publishMentor(paused, Requests.mentorWith(Requests.mentorTaking(2, "en"), "acceptingRequests", false));

        ask(ada, ada).then().statusCode(400).body("type", endsWith("/self-request"));
        ask(ada, paused).then().statusCode(409).body("type", endsWith("/mentor-not-accepting"));
        ask(ada, Community.newPersonId()).then().statusCode(404).body("type", endsWith("/mentor-not-found"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("message", "hello"))
                .post("/mentorship-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("mentorId"));
        given().contentType(ContentType.JSON)
                .body(Requests.askFor(grace))
                .post("/mentorship-requests")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("as", "spectator")
                .get("/mentorship-requests")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentorship-requests/{id}", "not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private String mentorTaking(int capacity) {
        String mentor = community.activeSeniorEngineer("en");
        publishMentor(mentor, Requests.mentorTaking(capacity, "en"));
        return mentor;
    }

    private String mentorship(String mentee, String mentor) {
        String requestId = ask(mentee, mentor).then().statusCode(201).extract().path("id");
        return given().auth()
                .oauth2(TOKENS.member(mentor))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.response.Response ask(String mentee, String mentor) {
        return given().auth()
                .oauth2(TOKENS.member(mentee))
                .contentType(ContentType.JSON)
                .body(Requests.askFor(mentor))
                .post("/mentorship-requests");
    }

    private static ConsumerRecord<String, String> assertPublished(EventType<?> type, String key) {
        return Topic.assertPublished(mentoring, type, key);
    }

    private static Integer result(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
