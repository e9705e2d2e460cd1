package org.guildhall.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A member's own data in real Chromium against the packaged platform with real Keycloak (issue 16): Ada (the realm's
 * {@code ada}) asks for a copy on the privacy page, sees it collected and ready with its expiry, and downloads the ZIP
 * through the web application, one JSON file per service, hers; another member who types her archive's address gets
 * no archive. Her 403 page (a console address) leads home, not to "Join" (issue 14). An imported person arriving from
 * their invitation signs in and claims the membership kept for them. axe-core on every page,
 * screenshots at 1280 and 390 px in {@code target/screenshots/member-data/}. Among the classes on the shared platform
 * with Keycloak ({@code @Order}).
 */
@Order(4)
class MemberDataWebIT extends WebWalk {

    MemberDataWebIT() {
        super("member-data", "Europe/London");
    }

    @Test
    void aMemberShouldAskForACopyOfTheirDataSeeItReadyAndDownloadIt() {
        walk(this::askSeeAndDownload);
    }

    private void askSeeAndDownload() {
        String ada = token("ada");
        joined(ada, "{\"displayName\":\"Ada Lovelace\",\"timeZone\":\"Europe/London\"}");
        String adaId = api.to(Service.MEMBERS, ada)
                .get("/members/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("id");

        Page page = browser.page();
        page.navigate(web + "/home");
        signIn(page, "ada");
        page.waitForURL("**/home");

        page.navigate(web + "/privacy");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("A copy of your data")))
                .isVisible();
        browser.look("01-privacy-ask");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for a copy of my data"))
                .click();

        // collected from every service over Kafka; the panel looks again every 5 s until the copy is ready
        assertThat(page.locator("#data-download")).isVisible();
        assertThat(page.locator("#data-status")).containsText("You can download it until");
        browser.look("02-privacy-ready");

        Download download =
                page.waitForDownload(() -> page.locator("#data-download").click());
        Map<String, String> archive = zip(download);
        assertThat(archive).containsKeys("members-service.json", "events-service.json");
        assertThat(archive.get("members-service.json")).contains(adaId);
        String archiveUrl = web + page.locator("#data-download").getAttribute("href");

        // a member on a console address: the 403 page leads home, and the header has no "Join"
        page.navigate(web + "/reports");
        assertThat(page.locator("main p.way-on a[href='/home']")).isVisible();
        assertThat(page.locator("header a[href='/join']")).hasCount(0);
        assertThat(page.locator("header a[href='/profile']")).isVisible();
        browser.look("03-member-forbidden");

        // another member who types Ada's archive address gets no archive
        joined(token("grace"), "{\"displayName\":\"Grace Hopper\"}");
        try (Browser other = anotherBrowser()) {
            Page otherPage = other.page();
            otherPage.navigate(web + "/home");
            signIn(otherPage, "grace");
            otherPage.waitForURL(url -> !url.contains("/realms/"));
            com.microsoft.playwright.Response answer = otherPage.navigate(archiveUrl);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.headerValue("content-type")).startsWith("text/html");
            assertThat(otherPage.locator("#data-message")).isVisible();
            other.look("04-someone-elses-archive");
        }
    }

    @Test
    void anImportedPersonShouldArriveFromTheirInvitationSignInAndClaimTheirMembership() {
        walk(this::arriveAndClaim);
    }

    /**
     * An administrator imports Ines; she has signed up with the imported address (made here through Keycloak's admin
     * API with the address verified, as Keycloak's e-mail check would leave it: the local realm sends no mail), follows
     * her invitation's link, signs in and claims the membership kept for her.
     */
    private void arriveAndClaim() {
        String linus = token("linus");
        String username = "ines-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = username + "-password";
        String importId = api.to(Service.MEMBERS, linus)
                .contentType("text/csv")
                .body("E-mail,Name,Tier,Status\n" + username + "@example.org,Ines Imported,associate,ACTIVE\n")
                .post("/members/imports")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getString("id");
        org.awaitility.Awaitility.await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(
                        api.to(Service.MEMBERS, linus)
                                .get("/members/imports/" + importId)
                                .jsonPath()
                                .getString("status"))
                .isEqualTo("DONE"));
        new KeycloakAdmin(platform.keycloak())
                .createUser(org.guildhall.local.LocalKeycloak.REALM, username, password, "Ines", "Imported");

        // the invitation's link as notifications-service words it (guildhall.invitation.sign-up-url): the web
        // application's join page with the claim first, which signs her in through its own code flow
        Page page = browser.page();
        page.navigate(web + "/join?invited=true");
        page.waitForSelector("#kc-form-login");
        signIn(page, username, password);
        page.waitForURL("**/join?invited=true");
        Locator claim = page.locator("section#claim");
        assertThat(claim.getByRole(AriaRole.HEADING)).hasText("You were invited: claim your membership");
        assertThat(claim).containsText(username + "@example.org");
        browser.look("05-claim-invited");
        claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Claim my membership"))
                .click();
        page.waitForURL("**/home");
        browser.look("06-claimed-home");

        io.restassured.path.json.JsonPath me = api.to(
                        Service.MEMBERS, platform.keycloak().accessToken(username, password))
                .get("/members/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(me.getString("displayName")).isEqualTo("Ines Imported");
        assertThat(me.getString("status")).isEqualTo("ACTIVE");

        // the invitation's page again: a member goes home
        page.navigate(web + "/join?invited=true");
        page.waitForURL("**/home");
    }

    private static Map<String, String> zip(Download download) {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(download.path());
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
