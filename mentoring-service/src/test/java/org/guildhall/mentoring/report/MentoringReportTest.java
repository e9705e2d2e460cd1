package org.guildhall.mentoring.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The mentoring report over known requests, mentorships, sessions and a programme in months of 2091 that no other test
 * uses. In May two mentees ask a mentor, who accepts one; a programme opens, matches one of its two mentees and is
 * published; in June a third mentee asks and a session of 45 minutes is logged; in July the first mentorship
 * completes. Mentorships of other tests that are still active count as active in every month, so that column is
 * compared with the report before this test's data.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MentoringReportTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String COORDINATOR = "coordinator-mentoring-report";

    @Inject
    Community community;

    @Inject
    Mentoring mentoring;

    @Test
    void shouldReportRequestsAcceptancesMentorshipsSessionsByMonthAndProgrammeMatchRates() {
        List<Integer> activeBefore = report().getList("months.active", Integer.class);
        Instant before = TestClock.CLOCK.instant();
        try {
            TestClock.CLOCK.setTo(Instant.parse("2091-05-10T10:00:00Z"));
            String mentor = mentoring.mentorTaking(3);
            String first = mentoring.mentee();
            String mentorship = mentoring.activeMentorship(first, mentor);
            mentoring.pendingRequest(mentoring.mentee(), mentor);
            String programme = matchedAndPublishedProgramme();

            TestClock.CLOCK.setTo(Instant.parse("2091-06-03T10:00:00Z"));
            mentoring.pendingRequest(mentoring.mentee(), mentor);
            given().auth()
                    .oauth2(TOKENS.member(first))
                    .contentType(ContentType.JSON)
                    .body(Map.of("sessionDate", "2091-06-02", "durationMinutes", 45, "topics", List.of("roadmap")))
                    .post("/mentorships/{id}/sessions", mentorship)
                    .then()
                    .statusCode(201);

            TestClock.CLOCK.setTo(Instant.parse("2091-07-15T10:00:00Z"));
            given().auth()
                    .oauth2(TOKENS.member(mentor))
                    .contentType(ContentType.JSON)
                    .body(Map.of("feedback", "A good year"))
                    .post("/mentorships/{id}/complete", mentorship)
                    .then()
                    .statusCode(200);

            JsonPath report = report();
            assertThat(report.getList("months.month")).containsExactly("2091-05", "2091-06", "2091-07");
            assertThat(report.getList("months.requests", Integer.class)).containsExactly(2, 1, 0);
            assertThat(report.getList("months.acceptances", Integer.class)).containsExactly(1, 0, 0);
            assertThat(report.getList("months.started", Integer.class)).containsExactly(2, 0, 0);
            List<Integer> active = report.getList("months.active", Integer.class);
            assertThat(List.of(
                            active.get(0) - activeBefore.get(0),
                            active.get(1) - activeBefore.get(1),
                            active.get(2) - activeBefore.get(2)))
                    .containsExactly(2, 2, 1);
            assertThat(report.getList("months.sessions", Integer.class)).containsExactly(0, 1, 0);
            assertThat(report.getList("months.sessionMinutes", Integer.class)).containsExactly(0, 45, 0);
            assertThat(report.getList("programmes.id")).containsExactly(programme);
            assertThat(report.getList("programmes.status")).containsExactly("PUBLISHED");
            assertThat(report.getList("programmes.mentors", Integer.class)).containsExactly(1);
            assertThat(report.getList("programmes.mentees", Integer.class)).containsExactly(2);
            assertThat(report.getList("programmes.matched", Integer.class)).containsExactly(1);
            assertThat(report.getList("programmes.matchRate", Double.class)).containsExactly(0.5);
        } finally {
            TestClock.CLOCK.setTo(before);
        }
    }

    @Test
    void shouldRefuseMoreThanFiveYearsAndMembers() {
        given().auth()
                .oauth2(TOKENS.admin("admin-mentoring-report"))
                .queryParam("from", "2080-01")
                .queryParam("to", "2090-01")
                .get("/reports/mentoring")
                .then()
                .statusCode(400)
                .body("type", endsWith("/report-period"))
                .body("violations[0].field", equalTo("to"));
        given().auth()
                .oauth2(TOKENS.member(community.activeEarlyCareerMember("en")))
                .get("/reports/mentoring")
                .then()
                .statusCode(403);
    }

    private static JsonPath report() {
        return given().auth()
                .oauth2(TOKENS.coordinator(COORDINATOR))
                .queryParam("from", "2091-05")
                .queryParam("to", "2091-07")
                .get("/reports/mentoring")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A programme whose one mentor takes one of its two mentees, matched and published now. */
    private String matchedAndPublishedProgramme() {
        String programme = Mentoring.programme(COORDINATOR, "May cohort", Duration.ofDays(-1), Duration.ofDays(30));
        String mentor = mentoring.mentorTaking(2);
        given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 1))
                .post("/programmes/{id}/mentors", programme)
                .then()
                .statusCode(200);
        for (String mentee : List.of(mentoring.mentee(), mentoring.mentee())) {
            given().auth()
                    .oauth2(TOKENS.member(mentee))
                    .contentType(ContentType.JSON)
                    .body(Requests.menteeSharing("en"))
                    .put("/mentees/{id}", mentee)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(TOKENS.member(mentee))
                    .post("/programmes/{id}/mentees", programme)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(TOKENS.coordinator(COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/programmes/{id}/matching", programme)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TOKENS.coordinator(COORDINATOR))
                .post("/programmes/{id}/publish", programme)
                .then()
                .statusCode(200);
        return programme;
    }
}
