package org.guildhall.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.local.LocalKeycloak;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A coordinator's day in real Chromium against the packaged platform with real Keycloak (the realm's {@code grace}):
 * draft an event (a problem beside its field, what was typed kept) and publish it; give it a roster and see its gaps;
 * invite the suggested volunteer, then assign her; change a role and a shift (problems beside their fields); be refused a clashing assignment with the other shift named; export the roster as
 * CSV (parsed here); check two members in at the desk while it polls its count (by code and by name); open a cohort
 * programme, run its matching, look at the pairs and the unmatched mentee's reason, publish; a member who types a
 * console address gets the 403 page; complete the shifts once they have ended; the volunteering and mentoring reports
 * show that day's numbers (charts drawn, tables, CSV). axe-core on every page, screenshots at 1280 and 390 px in
 * {@code target/screenshots/coordinator/}.
 *
 * <p>Its reports count what the whole shared platform holds: this month's mentorships and the roles of the period. It
 * runs right after {@code KeycloakSecurityIT} (which keeps its events out of that period) and before the classes that
 * add to them ({@code MemberWebIT}).
 */
@Order(2)
class CoordinatorWebIT extends WebWalk {

    private static final String ADA_ID = "6f1c8a52-4b8e-4a36-9a0e-5d0a7d1b0a01";
    private static final String LINUS_ID = "6f1c8a52-4b8e-4a36-9a0e-5d0a7d1b0a03";
    private static final ZoneId EVENT_ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /**
     * How long after the next whole minute the shifts end, so 2-3 minutes after they are planned: long enough to fill
     * them on a busy machine (about 15 s in a full build), and the rest of the day that does not need them ended (the
     * export, the desk, the cohort, the forbidden console) runs while they do.
     */
    private static final Duration SHIFTS_END_IN = Duration.ofMinutes(2);

    CoordinatorWebIT() {
        super("coordinator", "Europe/London");
    }

    @Test
    void aCoordinatorShouldRunAnEventWithItsRosterAndDeskAndPublishACohortMatch() {
        walk(this::coordinatorsDay);
    }

    private void coordinatorsDay() {
        String ada = token("ada");
        String linus = token("linus");
        joined(ada, "{\"displayName\":\"Ada Lovelace\",\"timeZone\":\"Europe/London\"}");
        joined(linus, "{\"displayName\":\"Linus Mentor\",\"timeZone\":\"Europe/Berlin\"}");
        // Ada volunteers and knows first aid: the roster suggests her for a role that wants it
        api.to(Service.MEMBERS, ada)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "displayName",
                        "Ada Lovelace",
                        "timeZone",
                        "Europe/London",
                        "skills",
                        List.of("first aid", "python"),
                        "openTo",
                        List.of("VOLUNTEERING", "BEING_MENTORED")))
                .put("/members/me")
                .then()
                .statusCode(200);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Spring conference " + suffix;

        String eventId = draftAndPublish(title);
        String adaCode = registered(ada, eventId).jsonPath().getString("checkInCode");
        registered(linus, eventId);
        Instant shiftsEnd = rosterWithGapsFilledAndAClashRefused(eventId);
        // the invitation reached Ada's inbox (VolunteerInvited through notifications-service)
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(api.to(Service.NOTIFICATIONS, ada)
                        .get("/notifications/me")
                        .jsonPath()
                        .getList("items.kind", String.class))
                .contains("volunteer-invited"));
        exportTheRoster(eventId);
        checkInTwoAtTheDesk(eventId, adaCode);
        runAndPublishACohortMatch(ada, linus, suffix);
        aMemberOnAConsoleAddressIsForbidden();
        completeTheShifts(eventId, shiftsEnd);
        theReportsShowTheDay(title, suffix, shiftsEnd);
    }

    /** Signs in on the page for a new event, drafts it (once with a missing title), publishes it; its id. */
    private String draftAndPublish(String title) {
        Page page = browser.page();
        page.navigate(web + "/coordinator/events/new");
        signIn(page, "grace");
        page.waitForURL("**/coordinator/events/new");
        browser.look("01-new-event");

        // the first post after signing in, with a problem: the title is missing; what was typed stays
        LocalDateTime starts =
                LocalDateTime.now(EVENT_ZONE).plusDays(3).withHour(18).truncatedTo(ChronoUnit.HOURS);
        page.getByLabel("Description").fill("Talks, a workshop and a reception.");
        page.getByLabel("Time zone where it happens").fill(EVENT_ZONE.getId());
        page.getByLabel("Starts (local time there)").fill(TYPED.format(starts));
        page.getByLabel("Ends (local time there)").fill(TYPED.format(starts.plusHours(4)));
        page.getByLabel("Venue").fill("Guild hall, Berlin");
        page.getByLabel("Seats").fill("40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft the event"))
                .click();
        assertThat(page.locator("#f-p-title")).isVisible();
        assertThat(page.getByLabel("Venue")).hasValue("Guild hall, Berlin");
        browser.look("02-event-with-a-problem");
        page.getByLabel("Title").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft the event"))
                .click();
        assertThat(page.getByText("The event is drafted")).isVisible();
        assertThat(page.locator(".lead")).containsText("18:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                .click();
        assertThat(page.getByText("The event is published.")).isVisible();
        browser.look("03-event-published");
        page.waitForURL(Pattern.compile(".*/coordinator/events/[0-9a-f-]{36}\\?done=published"));
        String url = page.url().replaceAll("\\?.*", "");
        String eventId = url.substring(url.lastIndexOf('/') + 1);

        page.navigate(web + "/coordinator/events");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(title)))
                .containsText("Published");
        browser.look("04-events");
        return eventId;
    }

    /**
     * Two roles and two overlapping shifts that end {@link #SHIFTS_END_IN} after the next whole minute; the gaps; Ada assigned as the
     * suggested volunteer of the first; Ada refused on the second with the first named; Linus found by name and
     * assigned. When the shifts end.
     */
    private Instant rosterWithGapsFilledAndAClashRefused(String eventId) {
        Page page = browser.page();
        page.navigate(web + "/coordinator/events/" + eventId + "/roster");
        addRole(page, "Setup", "first aid");
        addRole(page, "Greeter", "");
        // whole minutes, as the form takes them
        LocalDateTime nextMinute =
                LocalDateTime.now(EVENT_ZONE).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDateTime end = nextMinute.plus(SHIFTS_END_IN);
        addShift(page, "Setup", nextMinute.minusHours(1), end, 2);
        addShift(page, "Greeter", nextMinute.minusMinutes(30), end, 1);
        assertThat(page.getByText("3 open places, 0 clashes.")).isVisible();
        assertThat(page.locator("tr.gap")).hasCount(2);
        browser.look("05-roster-with-gaps");

        String fillSetup = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fill the Setup shift"))
                .getAttribute("href");
        // events-service learns of Ada's skills and openness from members-service's event, a moment later
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            page.navigate(web + fillSetup);
            assertThat(page.locator("ol.suggestions")).containsText("Ada Lovelace");
        });
        assertThat(page.locator("ol.suggestions")).containsText("first-aid");
        // one action invites her (notifications-service asks her to sign up); then "Invited" stands beside her
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite Ada Lovelace to sign up"))
                .click();
        assertThat(page.getByText("Invited: they are asked")).isVisible();
        assertThat(page.locator("ol.suggestions .status")).hasText("Invited");
        browser.look("06-fill-with-suggestions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign Ada Lovelace"))
                .click();
        assertThat(page.getByText("Assigned.")).isVisible();

        page.navigate(web + "/coordinator/events/" + eventId + "/roster");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fill the Greeter shift"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Fill the Greeter shift");
        page.locator("#f-name").fill("Ada");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.locator("ul.suggestions")).containsText("holds an overlapping shift");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign Ada Lovelace"))
                .click();
        assertThat(page.locator("#assign-problem")).containsText("Setup");
        assertThat(page.locator("#assign-problem")).containsText("overlaps");
        browser.look("07-clash-refused");
        page.locator("#f-name").fill("Linus");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign Linus Mentor"))
                .click();
        assertThat(page.getByText("Assigned.")).isVisible();

        page.navigate(web + "/coordinator/events/" + eventId + "/roster");
        assertThat(page.getByText("1 open place, 0 clashes.")).isVisible();
        browser.look("08-roster-filled");
        changeARoleAndAShift(page);
        return end.atZone(EVENT_ZONE).toInstant();
    }

    /**
     * The Greeter role renamed to the other role's name is refused beside its name, what was typed kept; its
     * description saved. The Greeter shift asked to need no volunteer is refused beside the number; saved as it was.
     */
    private void changeARoleAndAShift(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the role Greeter"))
                .click();
        // the roster's own "Add a role" form has the same fields: wait for the role's page
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Change the role Greeter");
        page.locator("#r-name").fill("setup");
        page.locator("#r-description").fill("Welcomes people at the door.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the role"))
                .click();
        assertThat(page.locator("#r-p-name")).containsText("has a role setup already");
        assertThat(page.locator("#r-description")).hasValue("Welcomes people at the door.");
        browser.look("08a-role-name-taken");
        page.locator("#r-name").fill("Greeter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the role"))
                .click();
        assertThat(page.getByText("The role is saved.")).isVisible();
        assertThat(page.locator("ul.roles")).containsText("Welcomes people at the door.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the Greeter shift"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Change the Greeter shift");
        page.locator("#e-needed").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the shift"))
                .click();
        assertThat(page.locator("#e-p-needed")).isVisible();
        assertThat(page.locator("#e-needed")).hasValue("0");
        browser.look("08b-shift-with-a-problem");
        page.locator("#e-needed").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the shift"))
                .click();
        assertThat(page.getByText("The shift is saved.")).isVisible();
        assertThat(page.getByText("1 open place, 0 clashes.")).isVisible();
    }

    private void addRole(Page page, String name, String skills) {
        page.locator("#r-name").fill(name);
        page.locator("#r-skillsWanted").fill(skills);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the role"))
                .click();
        // the page after this post, not the one before (which says "The role is added." after an earlier role)
        assertThat(page.locator("#s-roleId")).containsText(name);
    }

    private void addShift(Page page, String role, LocalDateTime from, LocalDateTime to, int needed) {
        page.locator("#s-roleId")
                .selectOption(new SelectOption().setLabel(role + (role.equals("Setup") ? " (first aid)" : "")));
        page.locator("#s-startsAt").fill(TYPED.format(from));
        page.locator("#s-endsAt").fill(TYPED.format(to));
        page.locator("#s-needed").fill(Integer.toString(needed));
        int shifts = page.locator("table.roster tbody tr").count();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the shift"))
                .click();
        assertThat(page.locator("table.roster tbody tr")).hasCount(shifts + 1);
    }

    /** The roster's CSV, downloaded from its link and parsed: a row per volunteer and per open place. */
    private void exportTheRoster(String eventId) {
        Page page = browser.page();
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV"))
                        .click());
        List<CSVRecord> rows;
        try {
            rows = csv(Files.readString(download.path(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(rows)
                .extracting(row -> row.get("role") + " " + row.get("status") + " " + row.get("name"))
                .containsExactlyInAnyOrder(
                        "Setup ASSIGNED Ada Lovelace", "Setup OPEN ", "Greeter ASSIGNED Linus Mentor");
        assertThat(rows).extracting(row -> row.get("needed")).containsOnly("2", "1");
        assertThat(download.suggestedFilename()).isEqualTo("roster-" + eventId + ".csv");
    }

    /**
     * At the desk, after its count has reloaded once (a GET that must leave the page's CSRF cookie alone): Ada by the
     * code she shows, Linus found by name; the count follows.
     */
    private void checkInTwoAtTheDesk(String eventId, String adaCode) {
        Page page = browser.page();
        page.navigate(web + "/coordinator/events/" + eventId + "/desk");
        assertThat(page.locator("#desk-count")).containsText("0 of 2 checked in");
        page.waitForResponse(response -> response.url().endsWith("/desk/count"), () -> {});
        page.getByLabel("The code the member shows").fill(adaCode.toLowerCase());
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Check in").setExact(true))
                .click();
        assertThat(page.getByText("Ada Lovelace is checked in.")).isVisible();
        assertThat(page.locator("#desk-count")).containsText("1 of 2 checked in");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Linus");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in Linus Mentor"))
                .click();
        assertThat(page.getByText("Linus Mentor is checked in.")).isVisible();
        assertThat(page.locator("#desk-count")).containsText("2 of 2 checked in");
        browser.look("09-desk");
    }

    /** Once the shifts have ended: every ended shift completed at once, each volunteer credited with its hours. */
    private void completeTheShifts(String eventId, Instant shiftsEnd) {
        Page page = browser.page();
        await().atMost(SHIFTS_END_IN.plusMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Instant.now().isAfter(shiftsEnd.plusSeconds(2)));
        page.navigate(web + "/coordinator/events/" + eventId + "/roster");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete every ended shift"))
                .click();
        assertThat(page.getByText("Completed.")).isVisible();
        assertThat(page.locator("table.roster .status-confirmed")).hasCount(2);
        assertThat(page.locator("table.roster")).containsText("Ada Lovelace (");
        browser.look("10-shifts-completed");
    }

    /**
     * A programme opened in the console; Linus enrols as a mentor, Ada as a mentee with a profile, a newcomer as a
     * mentee without one (unmatched, with the reason); the matching runs, its pairs are explained, and it is published.
     */
    private void runAndPublishACohortMatch(String ada, String linus, String suffix) {
        Page page = browser.page();
        page.navigate(web + "/coordinator/programmes");
        String name = "Autumn cohort " + suffix;
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Enrolment opens").fill(TYPED.format(now.minusDays(1)));
        page.getByLabel("Enrolment closes").fill(TYPED.format(now.plusDays(14)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a programme"))
                .click();
        assertThat(page.getByText("The programme is open for enrolment.")).isVisible();
        page.waitForURL(Pattern.compile(".*/coordinator/programmes/[0-9a-f-]{36}\\?done=opened"));
        String url = page.url().replaceAll("\\?.*", "");
        String programmeId = url.substring(url.lastIndexOf('/') + 1);

        String topic = api.to(Service.MENTORING, linus)
                .get("/topics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0]");
        await().atMost(EVENTUALLY).untilAsserted(() -> api.to(Service.MENTORING, linus)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "topics",
                        List.of(topic),
                        "offers",
                        List.of("CAREER_GUIDANCE"),
                        "capacity",
                        3,
                        "acceptingRequests",
                        true))
                .put("/mentors/" + LINUS_ID)
                .then()
                .statusCode(200));
        api.to(Service.MENTORING, linus)
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 1))
                .post("/programmes/" + programmeId + "/mentors")
                .then()
                .statusCode(200);
        await().atMost(EVENTUALLY).untilAsserted(() -> api.to(Service.MENTORING, ada)
                .contentType(ContentType.JSON)
                .body(Map.of("topics", List.of(topic), "seeking", List.of("CAREER_GUIDANCE")))
                .put("/mentees/" + ADA_ID)
                .then()
                .statusCode(200));
        enrolledAsMentee(ada, programmeId);
        enrolledAsMentee(newcomerWhoJoined(suffix), programmeId);

        page.navigate(web + "/coordinator/programmes/" + programmeId);
        assertThat(page.locator("#h-mentors + ul")).containsText("Linus Mentor");
        assertThat(page.locator("#h-mentees + ul")).containsText("Ada Lovelace");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the matching"))
                .click();
        assertThat(page.getByText("The matching ran")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Linus Mentor mentors Ada Lovelace")))
                .isVisible();
        assertThat(page.getByText("1 of 2 mentees matched")).isVisible();
        assertThat(page.locator("#h-preview ~ ul.list")).containsText("Noor Haddad " + suffix);
        browser.look("11-programme-proposed-pairs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the pairs"))
                .click();
        assertThat(page.getByText("Published: each pair's mentorship has begun."))
                .isVisible();
        browser.look("12-programme-published");
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(api.to(Service.MENTORING, ada)
                        .get("/mentorships")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.mentorId", String.class))
                .contains(LINUS_ID));
    }

    /** Enrols, once mentoring-service has read that the member joined (until then it answers 503). */
    private void enrolledAsMentee(String token, String programmeId) {
        await().atMost(EVENTUALLY).untilAsserted(() -> api.to(Service.MENTORING, token)
                .post("/programmes/" + programmeId + "/mentees")
                .then()
                .statusCode(200));
    }

    /**
     * The volunteering report shows this event's places (3 needed, both volunteers' places completed), the hours of
     * the two shifts in the month they started and the two roles; the mentoring report the programme matched and
     * published (1 of 2 mentees, 50 %) and its mentorship begun this month. Both with their charts drawn; the
     * volunteering CSV says the same.
     */
    private void theReportsShowTheDay(String title, String suffix, Instant shiftsEnd) {
        Page page = browser.page();
        BigDecimal setupHours = hours(Duration.ofHours(1).plus(SHIFTS_END_IN));
        BigDecimal greeterHours = hours(Duration.ofMinutes(30).plus(SHIFTS_END_IN));
        String shiftMonth = YearMonth.from(shiftsEnd.minus(Duration.ofHours(1)).atZone(ZoneOffset.UTC))
                .toString();
        String thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        page.navigate(web + "/reports");
        browser.look("14-reports");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Volunteering"))
                .click();
        page.waitForURL("**/reports/volunteering");
        // the event starts in three days, perhaps next month: the period runs to its month
        String eventMonth = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();
        page.navigate(web + "/reports/volunteering?from=" + shiftMonth + "&to=" + eventMonth);
        assertThat(page.locator(".chart[data-drawn=true]")).hasCount(3);
        assertThat(page.locator("#places-table tr", new Page.LocatorOptions().setHasText(title))
                        .locator("td")
                        .allInnerTexts()
                        .subList(1, 5))
                .containsExactly("3", "2", "1", setupHours.add(greeterHours).toPlainString());
        assertThat(page.locator("#hours-table tr", new Page.LocatorOptions().setHasText(shiftMonth))
                        .locator("td")
                        .allInnerTexts())
                .containsExactly(setupHours.add(greeterHours).toPlainString(), "2", "2");
        assertThat(page.locator("#roles-table tbody th").allInnerTexts()).containsExactly("Setup", "Greeter");
        browser.look("15-volunteering-report");
        APIResponse csv =
                page.request().get(web + "/reports/volunteering.csv?from=" + shiftMonth + "&to=" + eventMonth);
        assertThat(csv.status()).isEqualTo(200);
        CSVRecord event = csv(csv.text()).stream()
                .filter(row ->
                        row.get("section").equals("event") && row.get("name").equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(event.get("needed"), event.get("filled"), event.get("open")))
                .containsExactly("3", "2", "1");

        page.navigate(web + "/reports/mentoring");
        assertThat(page.locator(".chart[data-drawn=true]")).hasCount(4);
        assertThat(page.locator("#programmes-table tr", new Page.LocatorOptions().setHasText("Autumn cohort " + suffix))
                        .locator("td")
                        .allInnerTexts())
                .containsExactly("Published", "1", "2", "1", "50");
        assertThat(page.locator("#months-table tr", new Page.LocatorOptions().setHasText(thisMonth))
                        .locator("td")
                        .allInnerTexts())
                .containsExactly("0", "0", "1", "1", "0", "0");
        browser.look("16-mentoring-report");
    }

    /** A shift's hours as events-service credits them: its minutes over 60, to two places. */
    private static BigDecimal hours(Duration length) {
        return BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** A new account of the realm that has joined; its access token. */
    private String newcomerWhoJoined(String suffix) {
        String username = "noor-" + suffix;
        String password = "noor-password-" + suffix;
        new KeycloakAdmin(platform.keycloak()).createUser(LocalKeycloak.REALM, username, password, "Noor", "Haddad");
        String token = platform.keycloak().accessToken(username, password);
        joined(token, "{\"displayName\":\"Noor Haddad " + suffix + "\",\"timeZone\":\"Asia/Dubai\"}");
        return token;
    }

    private void aMemberOnAConsoleAddressIsForbidden() {
        try (Browser member = anotherBrowser()) {
            Page memberPage = member.page();
            memberPage.navigate(web + "/coordinator/events");
            signIn(memberPage, "ada");
            assertThat(memberPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .not()
                    .hasText("Events");
            assertThat(memberPage.locator("table")).hasCount(0);
            assertThat(memberPage.locator(".console-nav")).hasCount(0);
            member.look("13-member-forbidden");
        }
    }
}
