package org.guildhall.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.local.LocalKeycloak;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * An administrator's day in real Chromium against the packaged platform with real Keycloak: a newcomer applies for a
 * tier that needs approval and cannot register for an event; the administrator (the realm's {@code linus}) finds the
 * application in the queue and approves it, and the newcomer can then register; the membership page with its history,
 * the erasure record; a member who types a console address gets the 403 page; the membership report shows its charts
 * with the numbers the test's data imply (this month's joins one more than before the approval) and its CSV parses to
 * the same numbers. axe-core on every page, screenshots at 1280 and 390 px in {@code target/screenshots/admin/}.
 * Among the classes on the shared platform with Keycloak ({@code @Order}); it counts the joins its approval adds.
 */
@Order(3)
class AdminWebIT extends WebWalk {

    AdminWebIT() {
        super("admin", "Europe/London");
    }

    @Test
    void anAdministratorShouldApproveAnApplicationSoTheMemberCanRegisterAndSeeTheMembershipReport() {
        walk(this::approveAndReport);
    }

    private void approveAndReport() {
        String grace = token("grace");
        String linus = token("linus");
        String ada = token("ada");
        joined(linus, "{\"displayName\":\"Linus Mentor\",\"timeZone\":\"Europe/Berlin\"}");
        joined(ada, "{\"displayName\":\"Ada Lovelace\",\"timeZone\":\"Europe/London\"}");

        // a newcomer applies for a tier that needs approval, and may not register yet
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "pia-" + suffix;
        String password = "pia-password-" + suffix;
        new KeycloakAdmin(platform.keycloak()).createUser(LocalKeycloak.REALM, username, password, "Pia", "Rossi");
        String pia = platform.keycloak().accessToken(username, password);
        String piaName = "Pia Rossi " + suffix;
        Response applied = api.to(Service.MEMBERS, pia)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", piaName, "timeZone", "Europe/Rome", "tier", "fellow"))
                .post("/members");
        assertThat(applied.statusCode()).as(applied.asString()).isEqualTo(201);
        assertThat(applied.jsonPath().getString("status")).isEqualTo("PENDING");
        Instant starts = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String eventId = publishedEvent(
                grace,
                Map.of(
                        "title", "Fellows' evening",
                        "description", "Fellows meet.",
                        "type", "MEETUP",
                        "startsAt", starts.toString(),
                        "endsAt", starts.plus(2, ChronoUnit.HOURS).toString(),
                        "timeZone", "Europe/London",
                        "venue", "Guild hall, London",
                        "capacity", 20));
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        long joinsBefore = joinsIn(linus, month);

        Page page = browser.page();

        // the administrator signs in at the queue and approves on the very page sign-in leads to: the first page of a
        // browser with an empty cache, whose stylesheet and script must leave the form's CSRF cookie as it was
        page.navigate(web + "/admin/members?status=PENDING");
        signIn(page, "linus");
        page.waitForURL("**/admin/members?status=PENDING");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(piaName)))
                .isVisible();
        browser.look("01-queue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + piaName))
                .click();
        // the first write through a cold members-service on a busy machine may take more than the default 5 s
        assertThat(page.getByText("The application is approved"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(piaName)))
                .hasCount(0);
        browser.look("02-approved");

        // the member can now register
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            Response response = api.to(Service.EVENTS, pia)
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post("/events/" + eventId + "/registrations");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            assertThat(response.jsonPath().getString("status")).isEqualTo("CONFIRMED");
        });

        // the membership with its history; a suspension needs a reason, kept beside its field
        page.navigate(web + "/admin/members?status=ACTIVE&q=" + "Pia");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(piaName).setExact(true))
                .click();
        assertThat(page.locator("#history")).isVisible();
        assertThat(page.locator("table")).containsText("Approved");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspend"))
                .click();
        assertThat(page.locator("#su-p-reason")).containsText("Say why");
        browser.look("03-member-with-a-problem");

        // the erasure record
        page.navigate(web + "/admin/erasures");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Erasures carried out");
        browser.look("04-erasures");

        // the membership report: this month's joins count the approval; the CSV says the same
        page.navigate(web + "/reports/membership");
        assertThat(page.locator(".chart[data-drawn=true]")).hasCount(3);
        assertThat(page.locator(".chart canvas").first()).isVisible();
        JsonPath report = api.to(Service.MEMBERS, linus)
                .get("/reports/membership")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long joins = report.getLong("months.find { it.month == '" + month + "' }.joins");
        long active = report.getLong("months.find { it.month == '" + month + "' }.active");
        assertThat(joins).isGreaterThanOrEqualTo(joinsBefore + 1);
        assertThat(page.locator("#movements-table tr", new Page.LocatorOptions().setHasText(month))
                        .locator("td")
                        .allInnerTexts())
                .containsExactly(
                        Long.toString(joins),
                        report.getString("months.find { it.month == '" + month + "' }.renewals"),
                        report.getString("months.find { it.month == '" + month + "' }.lapses"),
                        Long.toString(active));
        assertThat(page.locator("#tiers-table tr", new Page.LocatorOptions().setHasText("fellow")))
                .isVisible();
        browser.look("05-membership-report");
        APIResponse csv = page.request().get(web + "/reports/membership.csv");
        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> rows = csv(csv.text());
        CSVRecord thisMonth = rows.stream()
                .filter(row ->
                        row.get("section").equals("month") && row.get("month").equals(month))
                .findFirst()
                .orElseThrow();
        assertThat(thisMonth.get("joins")).isEqualTo(Long.toString(joins));
        assertThat(thisMonth.get("members")).isEqualTo(Long.toString(active));

        // a member who types a console address gets the 403 page, not the console
        try (Browser member = anotherBrowser()) {
            Page memberPage = member.page();
            memberPage.navigate(web + "/admin/members");
            signIn(memberPage, "ada");
            assertThat(memberPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .not()
                    .hasText("Memberships");
            assertThat(memberPage.locator("table")).hasCount(0);
            member.look("06-member-forbidden");
        }
    }

    private long joinsIn(String admin, String month) {
        return api.to(Service.MEMBERS, admin)
                .get("/reports/membership")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("months.find { it.month == '" + month + "' }.joins");
    }
}
