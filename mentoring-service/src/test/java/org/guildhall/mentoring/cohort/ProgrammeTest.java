package org.guildhall.mentoring.cohort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.mentoring.Problems.invalid;
import static org.guildhall.mentoring.Problems.problem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProgrammeTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final TopicReader mentoring = TopicReader.shared(Topics.MENTORING);

    @Inject
    Community community;

    @Inject
    DataSource dataSource;

    @Test
    void shouldMatchPreviewPinAndPublishACohort() {
        String coordinator = Community.newPersonId();
        String programmeId = openProgramme(coordinator);
        String grace = mentor();
        String barbara = mentor();
        String ada = community.activeEarlyCareerMember("en");
        String linus = community.activeEarlyCareerMember("en");
        String lapsed = community.activeEarlyCareerMember("en");
        enrolMentor(grace, programmeId, 1);
        enrolMentor(barbara, programmeId, 1);
        for (String mentee : List.of(ada, linus, lapsed)) {
            given().auth()
                    .oauth2(TOKENS.member(mentee))
                    .post("/programmes/{id}/mentees", programmeId)
                    .then()
                    .statusCode(200);
        }
        community.lapse(lapsed);

        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of("mentorId", barbara, "menteeId", ada, "rule", "PIN"))
                .post("/programmes/{id}/pair-rules", programmeId)
                .then()
                .statusCode(200)
                .body("pairRules.kind", hasItem("PIN"));
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of("objective", "MOST_MATCHES_THEN_SCORE", "candidatesPerMentee", 10))
                .post("/programmes/{id}/matching", programmeId)
                .then()
                .statusCode(200)
                .body("pairs.size()", equalTo(2))
                .body("pairs.find { it.menteeId == '" + ada + "' }.mentorId", equalTo(barbara))
                .body("pairs.find { it.menteeId == '" + ada + "' }.pinned", equalTo(true))
                .body("pairs.find { it.menteeId == '" + linus + "' }.mentorId", equalTo(grace))
                .body("candidatesPerMentee", equalTo(10))
                .body("matchedShare", equalTo(0.667f))
                .body("unmatched[0].menteeId", equalTo(lapsed))
                .body("unmatched[0].reason", equalTo("No longer an active member"));

        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .get("/programmes/{id}/matching", programmeId)
                .then()
                .statusCode(200)
                .body("pairs.size()", equalTo(2));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/programmes/{id}/matching", programmeId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/programmes/{id}", programmeId)
                .then()
                .statusCode(200)
                .body("mentees", equalTo(3))
                .body("mentorPlaces", equalTo(2))
                .body("previewReady", equalTo(true));

        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .post("/programmes/{id}/publish", programmeId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mentoring.recordsWithKey(programmeId).isEmpty());
        ConsumerRecord<String, String> published =
                mentoring.recordsWithKey(programmeId).get(0);
        assertThat(TopicReader.header(published, CloudEventHeaders.TYPE))
                .isEqualTo(MentoringEvents.COHORT_MATCH_PUBLISHED.type());
        ContractExamples.assertConforms(MentoringEvents.COHORT_MATCH_PUBLISHED, published.value());
        List<ConsumerRecord<String, String>> accepted = mentoring.records().stream()
                .filter(record -> MentoringEvents.MENTORSHIP_ACCEPTED
                        .type()
                        .equals(TopicReader.header(record, CloudEventHeaders.TYPE)))
                .filter(record -> record.value().contains(programmeId))
                .toList();
        assertThat(accepted).hasSize(2);
        accepted.forEach(
                record -> ContractExamples.assertConforms(MentoringEvents.MENTORSHIP_ACCEPTED, record.value()));
        given().auth()
                .oauth2(TOKENS.member(linus))
                .get("/mentorships")
                .then()
                .body("items.programmeId", hasItem(programmeId));
    }

    @Test
    void shouldLetOnlyCoordinatorsRunProgrammes() {
        String member = community.activeEarlyCareerMember("en");
        Map<String, Object> body = programmeBody();

        given().auth()
                .oauth2(TOKENS.member(member))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/programmes")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/programmes")
                .then()
                .statusCode(401);
        String programmeId = openProgramme(Community.newPersonId());
        given().auth()
                .oauth2(TOKENS.member(member))
                .contentType(ContentType.JSON)
                .post("/programmes/{id}/matching", programmeId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(member))
                .post("/programmes/{id}/publish", programmeId)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseBadProgrammesAndEnrolments() {
        String coordinator = Community.newPersonId();
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "No window"))
                .post("/programmes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("enrolmentOpensAt"));
        String programmeId = openProgramme(coordinator);
        String grace = mentor();
        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 0))
                .post("/programmes/{id}/mentors", programmeId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("capacity"));
        String noProfile = community.activeSeniorEngineer("en");
        given().auth()
                .oauth2(TOKENS.member(noProfile))
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 2))
                .post("/programmes/{id}/mentors", programmeId)
                .then()
                .statusCode(409)
                .body("type", endsWith("/mentor-profile-missing"));
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .post("/programmes/{id}/publish", programmeId)
                .then()
                .statusCode(409)
                .body("type", endsWith("/matching-not-run"));
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of("objective", "LUCK"))
                .post("/programmes/{id}/matching", programmeId)
                .then()
                .statusCode(400);
    }

    @Test
    void shouldShowPairRulesOnlyToWhoRunsProgrammes() {
        String coordinator = Community.newPersonId();
        String programmeId = openProgramme(coordinator);
        String grace = mentor();
        String ada = community.activeEarlyCareerMember("en");
        enrolMentor(grace, programmeId, 1);
        enrolMentee(ada, programmeId).then().statusCode(200).body("enrolledAs", equalTo("MENTEE"));
        rule(coordinator, programmeId, Map.of("mentorId", grace, "menteeId", ada, "rule", "FORBID"))
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/programmes/{id}", programmeId)
                .then()
                .statusCode(200)
                .body("enrolledAs", equalTo("MENTEE"))
                .body("$", not(hasKey("pairRules")));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/programmes/{id}", programmeId)
                .then()
                .body("enrolledAs", equalTo("MENTOR"));
        given().auth()
                .oauth2(TOKENS.admin(Community.newPersonId()))
                .get("/programmes/{id}", programmeId)
                .then()
                .body("pairRules.kind", hasItem("FORBID"))
                .body("$", not(hasKey("enrolledAs")));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/programmes/{id}", java.util.UUID.randomUUID())
                .then()
                .spec(problem(404, "programme-not-found"));
    }

    @Test
    void shouldLetOnlyCoordinatorsSetPairRulesAndOnlyForEnrolledMembers() {
        String coordinator = Community.newPersonId();
        String programmeId = openProgramme(coordinator);
        String grace = mentor();
        String ada = community.activeEarlyCareerMember("en");
        enrolMentor(grace, programmeId, 1);
        enrolMentee(ada, programmeId).then().statusCode(200);

        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("mentorId", grace, "menteeId", ada, "rule", "PIN"))
                .post("/programmes/{id}/pair-rules", programmeId)
                .then()
                .spec(problem(403, "forbidden"));
        rule(coordinator, programmeId, Map.of("mentorId", grace, "menteeId", ada))
                .then()
                .spec(invalid("rule"));
        rule(coordinator, programmeId, Map.of("mentorId", grace, "menteeId", ada, "rule", "MAYBE"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        rule(coordinator, programmeId, Map.of("mentorId", ada, "menteeId", grace, "rule", "PIN"))
                .then()
                .spec(problem(400, "not-enrolled"));
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .get("/programmes/{id}/matching", programmeId)
                .then()
                .spec(problem(404, "preview-not-found"));
    }

    @Test
    void shouldEnrolOnlyActiveMembersOnceAndWithinTheWindow() {
        String coordinator = Community.newPersonId();
        String programmeId = openProgramme(coordinator);
        String later = Mentoring.programme(coordinator, "Autumn cohort", Duration.ofDays(30), Duration.ofDays(10));
        String ada = community.activeEarlyCareerMember("en");
        String lapsed = community.activeEarlyCareerMember("en");
        community.lapse(lapsed);

        enrolMentee(ada, programmeId).then().statusCode(200);
        enrolMentee(ada, programmeId).then().spec(problem(409, "already-enrolled"));
        enrolMentee(ada, later).then().spec(problem(409, "enrolment-closed"));
        enrolMentee(lapsed, programmeId).then().spec(problem(409, "member-not-active"));
        enrolMentee(ada, java.util.UUID.randomUUID().toString()).then().spec(problem(404, "programme-not-found"));
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Backwards",
                        "enrolmentOpensAt",
                        TestClock.CLOCK.instant().toString(),
                        "enrolmentClosesAt",
                        TestClock.CLOCK.instant().minus(Duration.ofDays(1)).toString()))
                .post("/programmes")
                .then()
                .spec(problem(400, "enrolment-window-empty"));
    }

    private static io.restassured.response.Response enrolMentee(String mentee, String programmeId) {
        return given().auth().oauth2(TOKENS.member(mentee)).post("/programmes/{id}/mentees", programmeId);
    }

    private static io.restassured.response.Response rule(
            String coordinator, String programmeId, Map<String, String> body) {
        return given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/programmes/{id}/pair-rules", programmeId);
    }

    @Test
    void anEnrolmentThatCannotGetTheProgrammeLockInTimeShouldBeToldToRetry() throws Exception {
        String programmeId = openProgramme(Community.newPersonId());
        String ada = community.activeEarlyCareerMember("en");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from programme where id = ? for update")) {
                lock.setObject(1, UUID.fromString(programmeId));
                lock.executeQuery().close();
            }
            given().auth()
                    .oauth2(TOKENS.member(ada))
                    .post("/programmes/{id}/mentees", programmeId)
                    .then()
                    .statusCode(503)
                    .header("Retry-After", notNullValue())
                    .body("type", endsWith("/busy"));
            holder.rollback();
        }
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/programmes/{id}/mentees", programmeId)
                .then()
                .statusCode(200);
    }

    private String mentor() {
        String mentor = community.activeSeniorEngineer("en");
        given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(Requests.mentorTaking(2, "en"))
                .put("/mentors/{id}", mentor)
                .then()
                .statusCode(200);
        return mentor;
    }

    private static void enrolMentor(String mentor, String programmeId, int capacity) {
        given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", capacity))
                .post("/programmes/{id}/mentors", programmeId)
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> programmeBody() {
        Instant now = TestClock.CLOCK.instant();
        return Map.of(
                "name", "Spring cohort",
                "enrolmentOpensAt", now.minus(Duration.ofDays(1)).toString(),
                "enrolmentClosesAt", now.plus(Duration.ofDays(30)).toString());
    }

    private static String openProgramme(String coordinator) {
        return given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(programmeBody())
                .post("/programmes")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/programmes/"))
                .extract()
                .path("id");
    }
}
