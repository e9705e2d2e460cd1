package org.guildhall.events.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.activeMemberNamed;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.kit.csv.SpreadsheetCsv;
import org.guildhall.testkit.CsvRows;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ExportTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void shouldExportAnEventsRegistrationsWithAttendanceAndNeutralisedNames() throws IOException {
        String event = published(conference(10));
        String ada = activeMemberNamed(standings, "associate", "=HYPERLINK(\"http://evil\")");
        String grace = activeMemberNamed(standings, "associate", "Grace, Hopper");
        String adaRegistration = register(event, ada);
        register(event, grace);
        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("registrationId", adaRegistration))
                .when()
                .post("/events/{id}/check-ins", event)
                .then()
                .statusCode(200);

        String csv = given().auth()
                .oauth2(TOKENS.admin("admin-" + ada))
                .when()
                .get("/events/{id}/registrations.csv", event)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("registrations-" + event + ".csv"))
                .extract()
                .asString();

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).extracting(row -> row.get("memberId")).containsExactly(ada, grace);
        assertThat(rows.get(0).get("name")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetCsv.read(rows.get(0).get("name"))).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(1).get("name")).isEqualTo("Grace, Hopper");
        assertThat(rows).extracting(row -> row.get("status")).containsOnly("CONFIRMED");
        assertThat(rows).extracting(row -> row.get("attended")).containsExactly("yes", "no");
        assertThat(rows.get(0).get("checkedInAt")).isNotEmpty();
        assertThat(rows.get(1).get("checkedInAt")).isEmpty();
    }

    @Test
    void shouldExportVolunteerHoursByMemberOverADateRange() throws IOException {
        String event = published(conference(10));
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS);
        String role = role(event);
        String morning = shift(event, role, start.plus(Duration.ofHours(9)), 2);
        String afternoon = shift(event, role, start.plus(Duration.ofHours(14)), 2);
        String ada = activeMember(standings, "associate");
        String grace = activeMember(standings, "associate");
        signUp(event, morning, ada);
        signUp(event, afternoon, ada);
        signUp(event, morning, grace);
        Instant before = TestClock.CLOCK.instant();
        TestClock.CLOCK.setTo(start.plus(Duration.ofHours(20)));
        try {
            complete(event, morning);
            complete(event, afternoon);
        } finally {
            TestClock.CLOCK.setTo(before);
        }
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);

        List<CSVRecord> rows = parse(given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .when()
                .get("/events/volunteer-hours.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString());

        assertThat(rows)
                .filteredOn(row -> row.get("memberId").equals(ada))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("shifts")).isEqualTo("2");
                    assertThat(row.get("hours")).isEqualTo("4");
                });
        assertThat(rows)
                .filteredOn(row -> row.get("memberId").equals(grace))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("shifts")).isEqualTo("1");
                    assertThat(row.get("hours")).isEqualTo("2");
                });
        List<CSVRecord> dayAfter = parse(given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", day.plusDays(1).toString())
                .queryParam("to", day.plusDays(2).toString())
                .when()
                .get("/events/volunteer-hours.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(dayAfter).extracting(row -> row.get("memberId")).doesNotContain(ada, grace);
    }

    @Test
    void shouldRefuseAnHoursRangeBackwardsOrLongerThanAYear() {
        given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", "2030-02-01")
                .queryParam("to", "2030-01-01")
                .when()
                .get("/events/volunteer-hours.csv")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", "2030-01-01")
                .queryParam("to", "2031-06-01")
                .when()
                .get("/events/volunteer-hours.csv")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        given().auth()
                .oauth2(coordinatorToken())
                .queryParam("from", "2030-13-01")
                .queryParam("to", "2030-12-01")
                .when()
                .get("/events/volunteer-hours.csv")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldNotLetAMemberExport() {
        String event = published(conference(10));
        String member = TOKENS.member(activeMember(standings, "associate"));
        given().auth()
                .oauth2(member)
                .when()
                .get("/events/{id}/registrations.csv", event)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .queryParam("from", "2030-01-01")
                .queryParam("to", "2030-01-02")
                .when()
                .get("/events/volunteer-hours.csv")
                .then()
                .statusCode(403);
        given().when().get("/events/{id}/registrations.csv", event).then().statusCode(401);
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{id}/registrations.csv", java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(equalTo("application/problem+json"));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CsvRows.of(csv);
    }

    private static String register(String event, String memberId) {
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .contentType(ContentType.JSON)
                .body(Map.of("shareAttendance", false))
                .when()
                .post("/events/{id}/registrations", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String role(String event) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Door", "description", "Greets", "skillsWanted", List.of("friendly")))
                .when()
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String shift(String event, String role, Instant startsAt, int needed) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "roleId",
                        role,
                        "startsAt",
                        startsAt.toString(),
                        "endsAt",
                        startsAt.plus(Duration.ofHours(2)).toString(),
                        "needed",
                        needed))
                .when()
                .post("/events/{id}/shifts", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void signUp(String event, String shift, String memberId) {
        given().auth()
                .oauth2(TOKENS.member(memberId))
                .when()
                .post("/events/{e}/shifts/{s}/volunteers", event, shift)
                .then()
                .statusCode(201);
    }

    private static void complete(String event, String shift) {
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .post("/events/{e}/shifts/{s}/complete", event, shift)
                .then()
                .statusCode(200);
    }
}
