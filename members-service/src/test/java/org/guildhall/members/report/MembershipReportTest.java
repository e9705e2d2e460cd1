package org.guildhall.members.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** The membership report over known changes, made in months of 2091 that no other test touches. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MembershipReportTest {

    @Test
    void shouldCountJoinsRenewalsLapsesAndActiveMembersByMonthAndMembersByTierAndStatus() {
        String admin = Community.admin();
        Map<String, Long> before = byTierAndStatus(admin, "2091-01", "2091-04");
        Instant realTime = TestClock.CLOCK.instant();
        try {
            TestClock.CLOCK.setTo(Instant.parse("2091-01-10T12:00:00Z"));
            String ada = Community.activeMember("ada");
            String bob = Community.activeMember("bob");
            String dan = Community.activeMember("dan");
            String cy = Community.newPerson("cy");
            Community.join(cy, "fellow");
            String eve = Community.newPerson("eve");
            Community.join(eve, "fellow");

            TestClock.CLOCK.setTo(Instant.parse("2091-02-05T12:00:00Z"));
            given().auth()
                    .oauth2(admin)
                    .post("/members/{id}/approval", cy)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(admin)
                    .post("/members/{id}/renewals", ada)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("tier", "professional"))
                    .put("/members/{id}/tier", bob)
                    .then()
                    .statusCode(200);

            TestClock.CLOCK.setTo(Instant.parse("2091-03-20T12:00:00Z"));
            given().auth()
                    .oauth2(Community.member(dan))
                    .delete("/members/me")
                    .then()
                    .statusCode(204);
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Unpaid invoice"))
                    .post("/members/{id}/suspension", bob)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Not yet a fellow"))
                    .post("/members/{id}/rejection", eve)
                    .then()
                    .statusCode(200);
        } finally {
            TestClock.CLOCK.setTo(realTime);
        }

        JsonPath report = given().auth()
                .oauth2(Community.TOKENS.coordinator("coordinator-reports"))
                .queryParam("from", "2091-01")
                .queryParam("to", "2091-04")
                .get("/reports/membership")
                .then()
                .statusCode(200)
                .body("from", equalTo("2091-01"))
                .body("to", equalTo("2091-04"))
                .extract()
                .jsonPath();
        assertThat(report.getList("months.month")).containsExactly("2091-01", "2091-02", "2091-03", "2091-04");
        assertThat(report.getList("months.joins", Integer.class)).containsExactly(3, 1, 0, 0);
        assertThat(report.getList("months.renewals", Integer.class)).containsExactly(0, 1, 0, 0);
        assertThat(report.getList("months.lapses", Integer.class)).containsExactly(0, 0, 1, 0);
        assertThat(report.getList("months.active", Integer.class)).containsExactly(3, 4, 2, 2);

        Map<String, Long> after = byTierAndStatus(admin, "2091-01", "2091-04");
        Map<String, Long> added = new HashMap<>();
        after.forEach((key, count) -> {
            long more = count - before.getOrDefault(key, 0L);
            if (more != 0) {
                added.put(key, more);
            }
        });
        assertThat(added)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "associate/ACTIVE", 1L,
                        "professional/SUSPENDED", 1L,
                        "fellow/ACTIVE", 1L,
                        "fellow/LAPSED", 1L));
    }

    @Test
    void shouldRefuseMoreThanFiveYearsWithAProblemNamingTo() {
        given().auth()
                .oauth2(Community.admin())
                .queryParam("from", "2020-01")
                .queryParam("to", "2025-01")
                .get("/reports/membership")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/report-period"))
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void shouldBeForCoordinatorsAndAdministratorsOnly() {
        given().auth()
                .oauth2(Community.member(Community.activeMember("mia")))
                .get("/reports/membership")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/reports/membership").then().statusCode(401);
    }

    private static Map<String, Long> byTierAndStatus(String admin, String from, String to) {
        List<Map<String, Object>> rows = given().auth()
                .oauth2(admin)
                .queryParam("from", from)
                .queryParam("to", to)
                .get("/reports/membership")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("byTierAndStatus");
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row ->
                counts.put(row.get("tier") + "/" + row.get("status"), ((Number) row.get("members")).longValue()));
        return counts;
    }
}
