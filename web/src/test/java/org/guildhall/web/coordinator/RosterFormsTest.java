package org.guildhall.web.coordinator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The roster console's edit forms and its invite action, parsed with jsoup (issue 14): a refusal lands beside the field
 * it names with what was typed kept, a refusal that names no field stands above the form, every form posts with its
 * CSRF token, and each suggestion has an "Invite" beside it unless the member was invited already. The pages are
 * rendered by {@link RosterRenderings} as the console renders them; signed in, against the real events-service, in
 * system-tests.
 */
@QuarkusTest
class RosterFormsTest {

    @Test
    void shouldShowTooFewPlacesBesideNeededAndKeepEverythingTyped() {
        Document page = page("/test-render/roster/shift-needs-fewer");

        Element form = page.selectFirst("form[action$=/roster/shifts/shift-1/edit]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[type=hidden][name=csrf-token]")).hasSize(1);
        assertThat(form.select("#e-roleId option[selected]").attr("value")).isEqualTo("role-host");
        assertThat(form.select("#e-startsAt").val()).isEqualTo("2027-02-10T10:00");
        assertThat(form.select("#e-endsAt").val()).isEqualTo("2027-02-10T12:30");
        assertThat(form.select("#e-needed").val()).isEqualTo("1");
        assertThat(form.select("#e-needed").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#e-needed").attr("aria-describedby")).isEqualTo("e-p-needed");
        assertThat(form.select("#e-p-needed").text())
                .contains("2 volunteers hold places on this shift, so it cannot need fewer than 2");
        assertThat(form.select("#e-needed").parents().first().hasClass("invalid"))
                .isTrue();
        assertThat(form.select(".field.invalid")).hasSize(1);
    }

    @Test
    void shouldRefuseAnUnreadableTimeBesideItsFieldBeforeAskingTheService() {
        Document page = page("/test-render/roster/shift-unreadable-time");

        assertThat(page.select("#e-startsAt").val()).isEqualTo("tomorrow at nine");
        assertThat(page.select("#e-p-startsAt").text()).isNotBlank();
        assertThat(page.select("#e-endsAt").val()).isEqualTo("2027-02-10T12:00");
        assertThat(page.select(".field.invalid")).hasSize(1);
    }

    @Test
    void shouldShowAClashThatNamesNoFieldAboveTheForm() {
        Document page = page("/test-render/roster/shift-clash");

        assertThat(page.select("form .alert[role=alert]").text())
                .startsWith("Grace Hopper already holds the Room host shift at Harbour Fair");
        assertThat(page.select(".field.invalid")).isEmpty();
        assertThat(page.select("#e-startsAt").val()).isEqualTo("2027-02-10T07:00");
    }

    @Test
    void shouldShowATakenRoleNameBesideNameAndKeepTheDescriptionAndSkills() {
        Document page = page("/test-render/roster/role-name-taken");

        Element form = page.selectFirst("form[action$=/roster/roles/role-desk]");
        assertThat(form).isNotNull();
        assertThat(form.select("input[type=hidden][name=csrf-token]")).hasSize(1);
        assertThat(form.select("#r-name").val()).isEqualTo("Room host");
        assertThat(form.select("#r-p-name").text()).contains("The event has a role Room host already.");
        assertThat(form.select("#r-description").first().wholeText()).isEqualTo("Greets people\nand hands out badges");
        assertThat(form.select("#r-skillsWanted").val()).isEqualTo("friendly, first aid");
        assertThat(page.select("h1").text()).isEqualTo("Change the role Registration desk");
    }

    @Test
    void shouldOpenARolesFormWithTheRoleAsItIs() {
        Document page = page("/test-render/roster/role");

        assertThat(page.select("#r-name").val()).isEqualTo("Registration desk");
        assertThat(page.select("#r-skillsWanted").val()).isEqualTo("friendly");
        assertThat(page.select(".field.invalid")).isEmpty();
        assertThat(page.select("a[href=/coordinator/events/" + RosterRenderings.EVENT.id() + "/roster]"))
                .isNotEmpty();
    }

    @Test
    void shouldOfferToInviteEachSuggestionNotInvitedYet() {
        Document page = page("/test-render/roster/suggestions");

        Element ada = page.select("ol.suggestions li").stream()
                .filter(item -> item.text().contains("Ada Lovelace"))
                .findFirst()
                .orElseThrow();
        Element invite = ada.selectFirst("form[action$=/roster/shifts/shift-1/invite]");
        assertThat(invite).isNotNull();
        assertThat(invite.attr("method")).isEqualTo("post");
        assertThat(invite.select("input[name=memberId]").val()).isEqualTo("member-ada");
        assertThat(invite.select("input[name=csrf-token]")).hasSize(1);
        assertThat(invite.select("button").text()).isEqualTo("Invite");
        assertThat(invite.select("button").attr("aria-label")).isEqualTo("Invite Ada Lovelace to sign up");
        assertThat(ada.select("form[action$=/assign]")).hasSize(1);

        Element grace = page.select("ol.suggestions li").stream()
                .filter(item -> item.text().contains("Grace Hopper"))
                .findFirst()
                .orElseThrow();
        assertThat(grace.select("form[action$=/invite]")).isEmpty();
        assertThat(grace.select(".status").text()).isEqualTo("Invited");
        assertThat(grace.select("form[action$=/assign]")).hasSize(1);

        assertThat(page.select("[role=status]").text()).startsWith("Invited: they are asked");
        assertThat(page.select("a[href$=/roster/shifts/shift-1/edit]")).hasSize(1);
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }
}
