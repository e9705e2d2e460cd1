package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.local.LocalKeycloak;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the browser tests of the web application share: the packaged platform with real Keycloak (started once per
 * test JVM and shared: a subclass takes its place among the classes that use it with {@code @Order}), a
 * {@link Browser} (real Chromium; {@link Browser#look} runs axe-core and takes the 1280 and 390 px
 * screenshots into {@code target/screenshots/<screenshots>/}), signing in on Keycloak's page, tokens of the realm's
 * people for the set-up a test does through the services' APIs, and a snapshot of the page where a walk failed.
 */
@ExtendWith(GuildhallKeycloakPlatform.class)
abstract class WebWalk {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    Platform platform;
    Api api;
    Browser browser;
    /** The web application's address, without a slash at the end. */
    String web;

    private final String screenshots;
    private final String timeZone;

    /** Screenshots go to {@code target/screenshots/<screenshots>/}; the browser's clock reads {@code timeZone}. */
    WebWalk(String screenshots, String timeZone) {
        this.screenshots = screenshots;
        this.timeZone = timeZone;
    }

    @BeforeEach
    void openTheBrowser(Platform platform) {
        this.platform = platform;
        this.api = new Api(platform);
        this.web = platform.webUrl().toString().replaceAll("/$", "");
        this.browser = Browser.fresh(screenshots, timeZone);
        // the first pages through cold services on a busy machine take longer than Playwright's default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        // a refusal the page does not show (an empty error answer) is named in the test's output
        browser.page().onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println("[" + screenshots + "] " + response.status() + " "
                        + response.request().method() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closeTheBrowser() {
        browser.close();
    }

    /** Walks, and on a failure saves the page as it was ({@code failed-here.png}) before failing. */
    void walk(Runnable walk) {
        try {
            walk.run();
        } catch (RuntimeException | AssertionError e) {
            browser.snapshot("failed-here");
            throw e;
        }
    }

    /** A second browser with a fresh profile (another person), saving its screenshots beside the first's. */
    Browser anotherBrowser() {
        return Browser.fresh(screenshots, timeZone);
    }

    /** Signs in on Keycloak's page, where the browser stands now, as one of the realm's people. */
    static void signIn(Page page, String user) {
        signIn(page, user, LocalKeycloak.DEMO_PASSWORDS.get(user));
    }

    static void signIn(Page page, String user, String password) {
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("input[type=submit], button[type=submit]").first().click();
    }

    /** An access token of one of the realm's people (ada, grace the coordinator, linus the admin). */
    String token(String user) {
        return platform.keycloak().accessToken(user, LocalKeycloak.DEMO_PASSWORDS.get(user));
    }

    /** {@code POST /members}: the person joins, unless they have already. */
    void joined(String token, String body) {
        Response response = api.to(Service.MEMBERS, token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/members");
        assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
    }

    /** Drafts an event with {@code details} and publishes it; its id. */
    String publishedEvent(String coordinator, Map<String, Object> details) {
        return api.publishedEvent(coordinator, details);
    }

    /** Registers, once events-service has read that the member joined; the registration as events-service answered. */
    Response registered(String token, String eventId) {
        Response[] registered = new Response[1];
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            Response response = api.to(Service.EVENTS, token)
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post("/events/" + eventId + "/registrations");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            assertThat(response.jsonPath().getString("status")).isEqualTo("CONFIRMED");
            registered[0] = response;
        });
        return registered[0];
    }

    /** A CSV download with its header row, parsed as a spreadsheet would (RFC 4180). */
    static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
