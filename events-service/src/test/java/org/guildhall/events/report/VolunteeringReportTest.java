package org.guildhall.events.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.draft;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The volunteering report over known rosters, for events and shifts in months of 2091 that no other test uses: a fair
 * with a greeters' shift (three needed, two held and completed: 2.5 hours each) and a setup shift (two needed, one
 * held), a talk with one greeter, and a draft whose shifts do not count.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class VolunteeringReportTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void shouldReportPlacesFilledAgainstNeededHoursByMonthAndTheTopRoles() {
        String fair = published(event("2091-03-10T09:00:00Z", "2091-03-10T17:00:00Z"));
        String talk = published(event("2091-04-05T18:00:00Z", "2091-04-05T20:00:00Z"));
        String draft = draft(event("2091-03-20T09:00:00Z", "2091-03-20T17:00:00Z"));
        String greeters = shift(fair, role(fair, "Greeter"), "2091-03-10T08:00:00Z", "2091-03-10T10:30:00Z", 3);
        String setup = shift(fair, role(fair, "Setup"), "2091-03-09T16:00:00Z", "2091-03-09T18:00:00Z", 2);
        String talkGreeter = shift(talk, role(talk, "Greeter"), "2091-04-05T17:00:00Z", "2091-04-05T18:00:00Z", 1);
        String drafted = shift(draft, role(draft, "Greeter"), "2091-03-20T08:00:00Z", "2091-03-20T12:00:00Z", 4);
        assign(fair, greeters, activeMember(standings, "associate"));
        assign(fair, greeters, activeMember(standings, "associate"));
        assign(fair, setup, activeMember(standings, "associate"));
        assign(talk, talkGreeter, activeMember(standings, "associate"));
        assign(draft, drafted, activeMember(standings, "associate"));
        Instant before = TestClock.CLOCK.instant();
        TestClock.CLOCK.setTo(Instant.parse("2091-03-10T11:00:00Z"));
        try {
            given().auth()
                    .oauth2(coordinatorToken())
                    .post("/events/{e}/shifts/{s}/complete", fair, greeters)
                    .then()
                    .statusCode(200);
        } finally {
            TestClock.CLOCK.setTo(before);
        }

        JsonPath report = given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", "2091-03")
                .queryParam("to", "2091-04")
                .get("/reports/volunteering")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(report.getString("from")).isEqualTo("2091-03");
        assertThat(report.getList("events.id")).containsExactly(fair, talk);
        assertThat(report.getList("events.needed", Integer.class)).containsExactly(5, 1);
        assertThat(report.getList("events.filled", Integer.class)).containsExactly(3, 1);
        assertThat(report.getList("events.open", Integer.class)).containsExactly(2, 0);
        assertThat(report.getList("events.hours", Double.class)).containsExactly(5.0, 0.0);
        assertThat(report.getList("months.month")).containsExactly("2091-03", "2091-04");
        assertThat(report.getList("months.hours", Double.class)).containsExactly(5.0, 0.0);
        assertThat(report.getList("months.volunteers", Integer.class)).containsExactly(2, 0);
        assertThat(report.getList("months.places", Integer.class)).containsExactly(2, 0);
        assertThat(report.getList("roles.role")).containsExactly("Greeter", "Setup");
        assertThat(report.getList("roles.shifts", Integer.class)).containsExactly(2, 1);
        assertThat(report.getList("roles.filled", Integer.class)).containsExactly(3, 1);
        assertThat(report.getList("roles.hours", Double.class)).containsExactly(5.0, 0.0);
    }

    @Test
    void shouldRefuseMoreThanFiveYearsAndMembers() {
        given().auth()
                .oauth2(TOKENS.admin("admin-volunteering"))
                .queryParam("from", "2080-01")
                .queryParam("to", "2090-01")
                .get("/reports/volunteering")
                .then()
                .statusCode(400)
                .body("type", endsWith("/report-period"))
                .body("violations[0].field", equalTo("to"));
        given().auth()
                .oauth2(TOKENS.member(activeMember(standings, "associate")))
                .get("/reports/volunteering")
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> event(String startsAt, String endsAt) {
        return with(with(conference(50), "startsAt", startsAt), "endsAt", endsAt);
    }

    private static String role(String event, String name) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "description", name + " at the fair", "skillsWanted", List.of()))
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String shift(String event, String role, String startsAt, String endsAt, int needed) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("roleId", role, "startsAt", startsAt, "endsAt", endsAt, "needed", needed))
                .post("/events/{id}/shifts", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void assign(String event, String shift, String memberId) {
        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId))
                .post("/events/{e}/shifts/{s}/assignments", event, shift)
                .then()
                .statusCode(201);
    }
}
