package org.guildhall.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.guildhall.web.shell.AccountText;
import org.guildhall.web.shell.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The pages of a person's own account (issues 16 and 14), read with jsoup: the privacy page's copy of one's data in
 * each state and after each refusal, the join page's claim of an imported membership with each of members-service's
 * answers worded for the person, and the 403 page's way on. The pages are rendered by the test's own resources
 * ({@code /test-render/...}) with the states the page classes make, since signing in needs Keycloak (the browser walk
 * in system-tests' MemberDataWebIT does that end to end).
 */
@QuarkusTest
class AccountPagesTest {

    private static final String EXPORT_ID = "4b0c7f0e-8f8a-4d5e-9d55-0c2f4a1d2e3f";

    @Inject
    AccountText account;

    @Inject
    Text text;

    // --- a copy of my data on /privacy

    @Test
    void shouldLeaveTheDataPanelOutForSomeoneWhoHasNotJoined() {
        assertThat(page("/test-render/privacy/hidden").select("#my-data")).isEmpty();
    }

    @Test
    void shouldOfferACopyWhenNoneWasAskedFor() {
        Element panel = page("/test-render/privacy/none").selectFirst("section#my-data");

        assertThat(panel.select("h2").text()).isEqualTo(account.data_heading());
        Element form = panel.selectFirst("form#data-ask[method=post][action=/privacy/data-exports]");
        assertThat(form).isNotNull();
        assertThat(form.select("input[type=hidden]")).as("CSRF token").hasSize(1);
        assertThat(form.select("button[type=submit]").text()).isEqualTo(account.data_ask());
        assertThat(panel.select("#data-status, #data-download, .alert")).isEmpty();
    }

    @Test
    void shouldShowWhichServicesAreStillToAnswerWhileCollectingAndLookAgainByItself() {
        Element panel = page("/test-render/privacy/collecting").selectFirst("section#my-data");

        assertThat(panel.select("#data-status[role=status]").text())
                .contains(account.data_collecting(), "1 May 2027, 09:00");
        assertThat(panel.select("#data-waiting li").eachText()).containsExactly(account.data_service("events-service"));
        assertThat(panel.attr("hx-get")).isEqualTo("/privacy");
        assertThat(panel.attr("hx-trigger")).isEqualTo("every 5s");
        assertThat(panel.select("form#data-ask, #data-download"))
                .as("no second request, nothing to download")
                .isEmpty();
    }

    @Test
    void shouldOfferTheDownloadThroughTheWebAppUntilItExpires() {
        Element panel = page("/test-render/privacy/ready").selectFirst("section#my-data");

        assertThat(panel.select("#data-status").text()).contains(account.data_ready(), "8 May 2027, 09:01");
        Element download = panel.selectFirst("a#data-download");
        assertThat(download.attr("href")).isEqualTo("/privacy/data-exports/" + EXPORT_ID + "/archive");
        assertThat(download.text()).isEqualTo(account.data_download());
        assertThat(download.attr("hx-boost")).isEqualTo("false");
        assertThat(panel.select("form#data-ask button").text()).isEqualTo(account.data_ask_again());
        assertThat(panel.attr("hx-trigger")).as("no polling once ready").isEmpty();
    }

    @Test
    void shouldSayMembersServiceIsDownAndOfferNothing() {
        Element panel = page("/test-render/privacy/down").selectFirst("section#my-data");

        assertThat(panel.select(".alert.unavailable").text()).isEqualTo(text.unavailable_members());
        assertThat(panel.select("form#data-ask")).isEmpty();
    }

    @Test
    void shouldSayReadablyThatACopyIsAlreadyBeingCollected() {
        Element panel = page("/test-render/privacy/in-progress").selectFirst("section#my-data");

        assertThat(panel.select("#data-message").text()).isEqualTo(account.data_in_progress());
        assertThat(panel.select("#data-status").text()).contains(account.data_collecting());
        assertThat(panel.select("form#data-ask")).isEmpty();
    }

    @Test
    void shouldSayTheServiceIsDownWhenTheRequestGotNoAnswer() {
        Element panel = page("/test-render/privacy/request-unreachable").selectFirst("section#my-data");

        assertThat(panel.select("#data-message").text()).isEqualTo(text.unavailable_members());
        assertThat(panel.select("form#data-ask")).isEmpty();
    }

    @Test
    void shouldSayACopyThatIsNotThereAnyMoreIsGoneAndOfferANewOne() {
        Element panel = page("/test-render/privacy/gone").selectFirst("section#my-data");

        assertThat(panel.select("#data-message").text()).isEqualTo(account.data_gone());
        assertThat(panel.text()).doesNotContain("No data-export");
        assertThat(panel.select("form#data-ask")).hasSize(1);
    }

    @Test
    void shouldSayACopyStillBeingCollectedCannotBeDownloadedYet() {
        Element panel = page("/test-render/privacy/not-ready").selectFirst("section#my-data");

        assertThat(panel.select("#data-message").text()).isEqualTo(account.data_not_ready());
        assertThat(panel.select("#data-waiting li")).hasSize(1);
    }

    // --- claiming an imported membership on /join

    @Test
    void shouldOfferTheClaimAfterTheJoinFormToSomeoneWhoCameOnTheirOwn() {
        Document page = page("/test-render/join/offered");

        Element claim = page.selectFirst("section#claim");
        assertThat(claim.select("h2").text()).isEqualTo(account.claim_heading());
        assertThat(claim.text()).contains("ines.imported@example.org");
        assertThat(claim.select("form[method=post][action=/join/claim] input[type=hidden]"))
                .hasSize(1);
        assertThat(page.select("form[action=/join], section#claim").first().tagName())
                .as("the join form comes first")
                .isEqualTo("form");
        assertThat(claim.select(".alert")).isEmpty();
    }

    @Test
    void shouldPutTheClaimFirstForSomeoneWhoCameFromTheirInvitation() {
        Document page = page("/test-render/join/invited");

        assertThat(page.select("form[action=/join], section#claim").first().id())
                .isEqualTo("claim");
        Element claim = page.selectFirst("section#claim");
        assertThat(claim.select("h2").text()).isEqualTo(account.claim_invited_heading());
        assertThat(claim.select("button.primary").text()).isEqualTo(account.claim_submit());
        assertThat(page.select("h2#h-join-new").text()).isEqualTo(account.join_new_heading());
    }

    @Test
    void shouldSayNoMembershipIsKeptForTheAddress() {
        assertThat(claimMessage("nothing-to-claim"))
                .isEqualTo(account.claim_nothing("ines.imported@example.org"))
                .contains("ines.imported@example.org");
    }

    @Test
    void shouldSayTheAddressMustBeConfirmedFirst() {
        assertThat(claimMessage("email-not-verified")).isEqualTo(account.claim_not_verified());
    }

    @Test
    void shouldSayAMemberHasNothingToClaimAndShowTheWayHome() {
        Document page = page("/test-render/join/member-already-joined");

        assertThat(page.select("#claim-message").text()).isEqualTo(account.claim_already());
        assertThat(page.select("#claim .alert a[href=/home]").text()).isEqualTo(account.claim_go_home());
    }

    @Test
    void shouldSayMembersServiceIsDownWhenTheClaimGotNoAnswer() {
        assertThat(claimMessage("unreachable")).isEqualTo(text.unavailable_members());
    }

    @Test
    void shouldSendWhoeverKeycloakSendsBackFromTheInvitationsSignUpToTheClaim() {
        for (String arrival : java.util.List.of(
                "/?session_state=s1&iss=http%3A%2F%2Flocalhost%3A8180%2Frealms%2Fguildhall&code=c1",
                "/?error=invalid_request&error_description=Missing+parameter")) {
            io.restassured.response.Response answer =
                    given().redirects().follow(false).get(arrival);
            assertThat(answer.statusCode()).as(arrival).isEqualTo(303);
            assertThat(answer.header("Location")).as(arrival).endsWith("/join?invited=true");
        }
        assertThat(given().redirects().follow(false).get("/").statusCode())
                .as("the landing page itself")
                .isEqualTo(200);
    }

    // --- the 403 page's way on

    @Test
    void shouldSendAMemberHomeFromThe403PageAndNotToJoin() {
        Element main = page("/test-render/error/home").selectFirst("main");

        assertThat(main.select("p.way-on a[href=/home]").text()).isEqualTo(text.error_home());
        assertThat(main.select("a[href=/join]")).isEmpty();
    }

    @Test
    void shouldOfferJoiningOnThe403PageOnlyToSomeoneWithoutAMembership() {
        Element main = page("/test-render/error/join").selectFirst("main");

        assertThat(main.select("p.way-on a[href=/join]").text()).isEqualTo(account.error_join());
        assertThat(main.select("p.way-on a[href=/home]")).isEmpty();
    }

    @Test
    void shouldOfferSigningInOnThe403PageToNobodySignedIn() {
        Element main = page("/test-render/error/sign-in").selectFirst("main");

        assertThat(main.select("p.way-on a[href=/home]").text()).isEqualTo(account.error_sign_in());
        assertThat(main.select("a[href=/join]")).isEmpty();
    }

    private String claimMessage(String state) {
        return page("/test-render/join/" + state).select("#claim-message").text();
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }
}
