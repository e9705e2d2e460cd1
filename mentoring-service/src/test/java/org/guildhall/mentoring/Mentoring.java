package org.guildhall.mentoring;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;

/**
 * The mentoring steps tests build on, taken through the API with real tokens: a mentor with a published profile, a
 * pending request, an active mentorship, an open programme. Each call involves new people.
 */
@ApplicationScoped
public class Mentoring {

    public static final TestTokens TOKENS = TestTokens.shared();

    private final Community community;

    Mentoring(Community community) {
        this.community = community;
    }

    /** A new active senior member who published a mentor profile taking {@code capacity} mentees. */
    public String mentorTaking(int capacity) {
        String mentor = community.activeSeniorEngineer("en");
        publishMentor(mentor, Requests.mentorTaking(capacity, "en"));
        return mentor;
    }

    /** A new active early-career member, who has not asked anyone yet. */
    public String mentee() {
        return community.activeEarlyCareerMember("en");
    }

    /** The id of a request {@code mentee} sent {@code mentor}, still waiting for an answer. */
    public String pendingRequest(String mentee, String mentor) {
        return ask(mentee, mentor).then().statusCode(201).extract().path("id");
    }

    /** The id of the mentorship that starts when {@code mentor} accepts {@code mentee}'s request. */
    public String activeMentorship(String mentee, String mentor) {
        String requestId = pendingRequest(mentee, mentor);
        return given().auth()
                .oauth2(TOKENS.member(mentor))
                .post("/mentorship-requests/{id}/accept", requestId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The id of a programme {@code coordinator} opens with an enrolment window from {@code opensIn} for {@code lasting}. */
    public static String programme(String coordinator, String name, Duration opensIn, Duration lasting) {
        Instant opens = TestClock.CLOCK.instant().plus(opensIn);
        return given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "enrolmentOpensAt",
                        opens.toString(),
                        "enrolmentClosesAt",
                        opens.plus(lasting).toString()))
                .post("/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A programme whose enrolment opened yesterday and runs for a month. */
    public static String openProgramme(String coordinator) {
        return programme(coordinator, "Spring cohort", Duration.ofDays(-1), Duration.ofDays(31));
    }

    public static void publishMentor(String mentor, Map<String, Object> terms) {
        given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(terms)
                .put("/mentors/{id}", mentor)
                .then()
                .statusCode(200);
    }

    /** {@code mentee} publishes their mentee profile with {@code needs} (200). */
    public static void declareMentee(String mentee, Map<String, Object> needs) {
        given().auth()
                .oauth2(TOKENS.member(mentee))
                .contentType(ContentType.JSON)
                .body(needs)
                .put("/mentees/{id}", mentee)
                .then()
                .statusCode(200);
    }

    /** The ids of the mentors suggested to {@code mentee}, best first (up to 50). */
    public static List<String> suggestedTo(String mentee) {
        return suggestionsFor(mentee).stream()
                .map(suggestion -> (String) suggestion.get("mentorId"))
                .toList();
    }

    /** The suggestions for {@code mentee} as JSON objects (mentor, score, reasons), best first (up to 50). */
    public static List<Map<String, Object>> suggestionsFor(String mentee) {
        return given().auth()
                .oauth2(TOKENS.member(mentee))
                .queryParam("limit", 50)
                .get("/mentees/me/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    public static Response ask(String mentee, String mentor) {
        return given().auth()
                .oauth2(TOKENS.member(mentee))
                .contentType(ContentType.JSON)
                .body(Requests.askFor(mentor))
                .post("/mentorship-requests");
    }
}
