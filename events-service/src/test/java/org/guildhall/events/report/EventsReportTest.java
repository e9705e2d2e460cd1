package org.guildhall.events.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/** The events report over known registrations, for events starting in months of 2090 that no other test uses. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class EventsReportTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void shouldReportSeatsAttendanceAndWaitlistConversionPerEventAndSeatsHeldByDay() {
        String summit = published(with(
                with(with(conference(3), "startsAt", "2090-06-10T09:00:00Z"), "endsAt", "2090-06-10T17:00:00Z"),
                "seatRelease",
                "OFFER"));
        String evening = published(
                with(with(conference(5), "startsAt", "2090-07-01T18:00:00Z"), "endsAt", "2090-07-01T21:00:00Z"));
        String one = registered(summit, activeMember(standings, "associate"));
        String two = registered(summit, activeMember(standings, "associate"));
        registered(summit, activeMember(standings, "associate"));
        String waitingMember = activeMember(standings, "associate");
        String waiting = registered(summit, waitingMember);
        given().auth()
                .oauth2(coordinatorToken())
                .delete("/events/{id}/registrations/{rid}", summit, one)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TOKENS.member(waitingMember))
                .post("/events/{id}/registrations/{rid}/claim", summit, waiting)
                .then()
                .statusCode(200);
        checkIn(summit, two);
        checkIn(summit, waiting);
        registered(evening, activeMember(standings, "associate"));

        JsonPath report = given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", "2090-06")
                .queryParam("to", "2090-07")
                .get("/reports/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("events.id")).containsExactly(summit, evening);
        assertThat(report.getList("events.capacity", Integer.class)).containsExactly(3, 5);
        assertThat(report.getList("events.confirmed", Integer.class)).containsExactly(3, 1);
        assertThat(report.getList("events.checkedIn", Integer.class)).containsExactly(2, 0);
        assertThat(report.getList("events.attendanceRate", Double.class)).containsExactly(0.667, 0.0);
        assertThat(report.getList("events.offersMade", Integer.class)).containsExactly(1, 0);
        assertThat(report.getList("events.offersClaimed", Integer.class)).containsExactly(1, 0);
        assertThat(report.getDouble("waitlistConversion")).isEqualTo(1.0);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        given().auth()
                .oauth2(TOKENS.admin("admin-reports"))
                .get("/reports/events/{id}/registrations", summit)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(3))
                .body("days.day", equalTo(List.of(today)))
                .body("days.confirmed", equalTo(List.of(3)));
    }

    @Test
    void shouldRefuseMoreThanFiveYearsAndMembers() {
        given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", "2080-01")
                .queryParam("to", "2090-01")
                .get("/reports/events")
                .then()
                .statusCode(400)
                .body("type", endsWith("/report-period"))
                .body("violations[0].field", equalTo("to"));
        given().auth()
                .oauth2(TOKENS.member(activeMember(standings, "associate")))
                .get("/reports/events")
                .then()
                .statusCode(403);
    }

    private static String registered(String event, String memberId) {
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/events/{id}/registrations", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void checkIn(String event, String registrationId) {
        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId))
                .post("/events/{id}/check-ins", event)
                .then()
                .statusCode(200);
    }
}
