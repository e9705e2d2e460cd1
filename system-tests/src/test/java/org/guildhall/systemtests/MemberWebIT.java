package org.guildhall.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's walk through the web application in real Chromium, against the packaged platform with real Keycloak:
 * sign up, join (a problem shown next to its field, what was typed kept), fill the profile and a goal, find a member
 * and connect, register for a full event and land on the waitlist, receive and claim a seat offer after someone
 * cancels, sign up for a shift and be refused an overlapping one with the other shift named, ask a suggested mentor
 * who accepts, read the notifications and follow the link in the seat's notice to the event's page, erase the
 * account. Every page visited is checked by axe-core and photographed
 * at 1280 and 390 px ({@code target/screenshots/member-walk/}).
 *
 * <p>The last class on the shared platform with Keycloak ({@code @Order}): it stops mentoring-service (a class after it
 * would get a new platform), and the mentorship, session and roles it adds would change what {@code CoordinatorWebIT}'s
 * reports count.
 */
@Order(5)
class MemberWebIT extends WebWalk {

    private static final String PASSWORD = "nia-password-for-tests";

    MemberWebIT() {
        super("member-walk", "Asia/Tokyo");
    }

    @Test
    void shouldLetANewcomerSignUpJoinConnectRegisterClaimVolunteerFindAMentorAndErase() {
        walk(this::newcomersWalk);
    }

    private void newcomersWalk() {
        String grace = token("grace");
        String ada = token("ada");
        String linus = token("linus");
        joined(ada, "{\"displayName\":\"Ada Lovelace\",\"headline\":\"Engineer\",\"timeZone\":\"Europe/London\"}");
        joined(
                linus,
                "{\"displayName\":\"Linus Mentor\",\"headline\":\"Staff engineer\",\"timeZone\":\"Europe/Berlin\"}");
        String topic = api.to(Service.MENTORING, linus)
                .get("/topics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0]");
        String linusId = "6f1c8a52-4b8e-4a36-9a0e-5d0a7d1b0a03";
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
                .put("/mentors/" + linusId)
                .then()
                .statusCode(200));
        Instant starts = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String eventId = publishedEvent(
                grace,
                Map.of(
                        "title", "Thursday meetup",
                        "description", "Members meet members.",
                        "type", "MEETUP",
                        "startsAt", starts.toString(),
                        "endsAt", starts.plus(2, ChronoUnit.HOURS).toString(),
                        "timeZone", "Europe/Berlin",
                        "venue", "Guild hall, Berlin",
                        "capacity", 1,
                        "seatRelease", "OFFER",
                        "offerClaimHours", 24));
        String greeter = role(grace, eventId, "Greeter");
        String cloakroom = role(grace, eventId, "Cloakroom");
        shift(grace, eventId, greeter, starts, starts.plus(1, ChronoUnit.HOURS));
        shift(grace, eventId, cloakroom, starts.plus(30, ChronoUnit.MINUTES), starts.plus(90, ChronoUnit.MINUTES));
        String adaSeat = registered(ada, eventId).jsonPath().getString("id");

        Page page = browser.page();

        // landing, then sign up in Keycloak
        page.navigate(web + "/");
        browser.look("01-landing");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in or create an account"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register"))
                .click();
        page.locator("#username").fill("nia");
        page.locator("#email").fill("nia@example.org");
        page.locator("#firstName").fill("Nia");
        page.locator("#lastName").fill("Okafor");
        page.locator("#password").fill(PASSWORD);
        page.locator("#password-confirm").fill(PASSWORD);
        page.locator("input[type=submit], button[type=submit]").first().click();

        // join: the name comes from the sign-up, the time zone from the browser
        page.waitForURL("**/join");
        assertThat(page.getByLabel("Name")).hasValue("Nia Okafor");
        assertThat(page.getByLabel("Time zone")).hasValue("Asia/Tokyo");
        page.getByLabel("Name").fill("");
        page.getByLabel("Headline").fill("Data analyst");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                .click();
        assertThat(page.locator("#f-p-displayName")).isVisible();
        assertThat(page.getByLabel("Headline")).hasValue("Data analyst");
        browser.look("02-join-with-a-problem");
        page.getByLabel("Name").fill("Nia Okafor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                .click();
        page.waitForURL("**/home");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Nia Okafor");
        browser.look("03-home");

        // profile and a goal
        page.navigate(web + "/profile");
        page.getByLabel("Skills", new Page.GetByLabelOptions().setExact(true)).fill("python, sql");
        page.locator("#v-headline").selectOption("PUBLIC");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile"))
                .click();
        assertThat(page.getByText("Saved.")).isVisible();
        assertThat(page.getByLabel("Skills", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("python, sql");
        page.locator("#f-kind").selectOption("FIND_MENTOR");
        page.getByLabel("In your words").fill("A mentor in data engineering");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal"))
                .click();
        assertThat(page.locator("#goals")).containsText("A mentor in data engineering");
        browser.look("04-profile");

        // find a member and connect
        page.navigate(web + "/directory?q=Ada");
        browser.look("05-directory");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ada Lovelace"))
                .click();
        page.getByLabel("A note (optional)").fill("We met at the spring conference.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to connect"))
                .click();
        assertThat(page.getByText("Your request was sent.")).isVisible();
        browser.look("06-member");

        // a full event: the waitlist, then a seat offer after Ada cancels, claimed
        page.navigate(web + "/events");
        browser.look("07-events");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thursday meetup"))
                .click();
        assertThat(page.locator(".lead")).containsText("in Europe/Berlin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the waitlist"))
                .click();
        assertThat(page.getByText("You are number 1 on the waitlist.")).isVisible();
        browser.look("08-event-waitlisted");
        api.to(Service.EVENTS, ada)
                .delete("/events/" + eventId + "/registrations/" + adaSeat)
                .then()
                .statusCode(200);
        String eventPage = page.url().replaceAll("\\?.*", "");
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            page.navigate(eventPage);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim my seat")))
                    .isVisible();
        });
        assertThat(page.locator(".offer")).containsText("Claim it before");
        browser.look("09-seat-offered");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim my seat"))
                .click();
        assertThat(page.getByText("The seat is yours.")).isVisible();
        assertThat(page.locator(".status-confirmed")).isVisible();
        browser.look("10-seat-claimed");

        // volunteering: one shift, then a clash named
        page.navigate(web + "/volunteering");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up for Greeter"))
                .click();
        assertThat(page.getByText("You are signed up for the shift.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up for Cloakroom"))
                .click();
        assertThat(page.locator("#shift-problem")).containsText("Greeter");
        assertThat(page.locator("#h-mine ~ ul")).containsText("Greeter");
        browser.look("11-shift-clash");

        // mentoring: a mentee profile, the suggested mentor, asked, accepted
        page.navigate(web + "/mentoring");
        page.locator("#mt-" + topic).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mentee profile"))
                .click();
        assertThat(page.getByText("Your mentee profile is saved.")).isVisible();
        assertThat(page.locator("#h-suggestions + *")).isVisible();
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            page.navigate(web + "/mentoring");
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask Linus Mentor for mentoring")))
                    .isVisible();
        });
        browser.look("12-mentor-suggested");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask Linus Mentor for mentoring"))
                .click();
        assertThat(page.getByText("Your request was sent to the mentor.")).isVisible();
        String requestId = api.to(Service.MENTORING, linus)
                .get("/mentorship-requests?as=mentor")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.status == 'PENDING' }.id");
        api.to(Service.MENTORING, linus)
                .post("/mentorship-requests/" + requestId + "/accept")
                .then()
                .statusCode(201);
        page.navigate(web + "/mentoring");
        assertThat(page.locator("#h-mentorships + *")).isVisible();
        assertThat(page.getByText("Linus Mentor mentors Nia Okafor")).isVisible();
        browser.look("13-mentoring");
        logThankAskAndBeIntroduced(page, web, ada, linus, linusId);

        // notifications: the seat offer, the seat and the accepted request arrived
        Locator seatNotice = page.locator(".inbox > li")
                .filter(new Locator.FilterOptions().setHasText("You have a seat at Thursday meetup"));
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            page.navigate(web + "/notifications");
            assertThat(seatNotice).hasCount(1);
        });
        browser.look("14-notifications");
        // the link in the seat's notice leads to the event's page, on this application (a relative link)
        Locator seatLink =
                seatNotice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("the event's page"));
        assertThat(seatLink).hasAttribute("href", "/events/" + eventId);
        seatLink.click();
        page.waitForURL(web + "/events/" + eventId);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thursday meetup");
        browser.look("14-notifications-link-followed");
        page.navigate(web + "/notifications");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read"))
                .click();
        assertThat(page.getByText("All marked read.")).isVisible();

        mentoringDown(page, web);

        // erase the account
        page.navigate(web + "/privacy");
        browser.look("15-privacy");
        page.getByLabel("To confirm, type your name: Nia Okafor").fill("Nia Okafor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase my account for good"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Your account is erased");
        browser.look("16-erased");
        page.navigate(web + "/home");
        page.waitForURL("**/join");
    }

    /**
     * The mentee logs a session (a length the service refuses shows beside its field, the rest kept), thanks the
     * mentor, asks them for an informational interview at a time typed in her zone, and asks Ada for an introduction
     * to Linus once Ada has accepted her and is connected with Linus.
     */
    private void logThankAskAndBeIntroduced(Page page, String web, String ada, String linus, String linusId) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Linus Mentor mentors Nia Okafor"))
                .click();
        page.getByLabel("Length in minutes").fill("2");
        page.getByLabel("Topics").fill("interviews, salary");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the session"))
                .click();
        assertThat(page.locator("#s-p-durationMinutes")).isVisible();
        assertThat(page.getByLabel("Topics")).hasValue("interviews, salary");
        browser.look("13a-session-refused");
        page.getByLabel("Length in minutes").fill("45");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the session"))
                .click();
        assertThat(page.getByText("The session is logged.")).isVisible();
        assertThat(page.locator("#h-sessions ~ ul")).containsText("45 minutes: interviews, salary");
        browser.look("13b-session-logged");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Say thank you to Linus Mentor"))
                .click();
        page.getByLabel("Your words").fill("Thank you for the mock interview.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send your thanks"))
                .click();
        assertThat(page.getByText("Your thank-you is sent.")).isVisible();
        browser.look("13c-thanks");

        api.to(Service.MEMBERS, linus)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "displayName",
                        "Linus Mentor",
                        "headline",
                        "Staff engineer",
                        "timeZone",
                        "Europe/Berlin",
                        "openTo",
                        List.of("MENTORING_OTHERS", "INFORMATIONAL_INTERVIEWS")))
                .put("/members/me")
                .then()
                .statusCode(200);
        api.to(Service.MENTORING, linus)
                .contentType(ContentType.JSON)
                .body(Map.of("monthlyLimit", 4))
                .put("/interview-hosts/" + linusId)
                .then()
                .statusCode(200);
        String inAWeek = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7) + "T18:30";
        // mentoring-service learns that Linus takes interviews from members-service's event, a moment later
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            page.navigate(web + "/interviews?host=" + linusId);
            page.getByLabel("Topic").fill("Moving into platform engineering");
            page.getByLabel("First choice").fill(inAWeek);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request"))
                    .click();
            assertThat(page.getByText("Your request is sent.")).isVisible();
        });
        String interview = api.to(Service.MENTORING, linus)
                .get("/informational-interviews?as=host")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].proposedTimes[0]");
        assertThat(Instant.parse(interview))
                .isEqualTo(LocalDateTime.parse(inAWeek)
                        .atZone(ZoneId.of("Asia/Tokyo"))
                        .toInstant());
        browser.look("13d-interviews");

        String naysRequest = api.to(Service.MEMBERS, ada)
                .get("/connections/requests?direction=incoming")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].id");
        api.to(Service.MEMBERS, ada)
                .post("/connections/requests/" + naysRequest + "/acceptance")
                .then()
                .statusCode(200);
        api.to(Service.MEMBERS, ada)
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", linusId, "note", "Colleagues at the guild"))
                .post("/connections/requests")
                .then()
                .statusCode(201);
        String adasRequest = api.to(Service.MEMBERS, linus)
                .get("/connections/requests?direction=incoming")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].id");
        api.to(Service.MEMBERS, linus)
                .post("/connections/requests/" + adasRequest + "/acceptance")
                .then()
                .statusCode(200);
        page.navigate(web + "/directory/" + linusId);
        page.getByLabel("Who could introduce you").selectOption(new SelectOption().setLabel("Ada Lovelace"));
        page.getByLabel("Why you would like to meet").fill("I would like to learn how Linus runs mentoring.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for an introduction"))
                .click();
        assertThat(page.getByText("Your request for an introduction is sent.")).isVisible();
        assertThat(page.locator("#h-intros ~ ul")).containsText("waiting for the introducer");
        browser.look("13e-introduction-asked");

        // the session here and in Keycloak ends: the next page goes through sign-in and comes back to itself
        page.context().clearCookies();
        page.navigate(web + "/network?done=asked");
        page.locator("#password").fill(PASSWORD);
        page.locator("#username").fill("nia");
        page.locator("input[type=submit], button[type=submit]").first().click();
        page.waitForURL("**/network?done=asked");
        assertThat(page.getByText("Your request for an introduction is sent.")).isVisible();
    }

    /** mentoring-service stops: its parts of a page say so, the rest of the page is still there. */
    private void mentoringDown(Page page, String web) {
        platform.stop(platform.processes().stream()
                .filter(running -> running.service() == Service.MENTORING)
                .findFirst()
                .orElseThrow());
        page.navigate(web + "/home");
        assertThat(page.getByText("Mentoring cannot be shown right now").first())
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Networking goals")))
                .isVisible();
        browser.look("14a-home-mentoring-down");
        page.navigate(web + "/mentoring");
        assertThat(page.getByText("Mentoring cannot be shown right now").first())
                .isVisible();
        browser.look("14b-mentoring-down");
    }

    private String role(String coordinator, String eventId, String name) {
        return api.to(Service.EVENTS, coordinator)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "description", name + " at the door"))
                .post("/events/" + eventId + "/roles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    private void shift(String coordinator, String eventId, String roleId, Instant from, Instant to) {
        api.to(Service.EVENTS, coordinator)
                .contentType(ContentType.JSON)
                .body(Map.of("roleId", roleId, "startsAt", from.toString(), "endsAt", to.toString(), "needed", 2))
                .post("/events/" + eventId + "/shifts")
                .then()
                .statusCode(201);
    }
}
