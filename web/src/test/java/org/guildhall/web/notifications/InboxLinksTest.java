package org.guildhall.web.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.guildhall.web.shell.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The inbox as the page renders it (jsoup over {@code /test-render/notifications}, which renders the real template):
 * a link to this application in a notice's body is a relative link with words for where it leads; everything else is
 * the body's text, escaped.
 */
@QuarkusTest
class InboxLinksTest {

    private static final String EVENT = "9487cf9d-c4b7-4e67-a41a-252a246e1eff";

    @Inject
    Text text;

    @Test
    void shouldLinkTheEventsPageWhereTheBodyNamesIt() {
        Element body = noticeBody("A seat freed up. Claim it here: http://localhost:8080/events/" + EVENT);

        Element link = body.selectFirst("a");
        assertThat(link).as("a link in the body").isNotNull();
        assertThat(link.attr("href")).isEqualTo("/events/" + EVENT);
        assertThat(link.text()).isEqualTo(text.notice_link("event", "/events/" + EVENT));
        assertThat(body.text()).isEqualTo("A seat freed up. Claim it here: the event's page");
    }

    @Test
    void shouldShowHtmlAndOtherAddressesInTheBodyAsText() {
        String quoted = "Thank you! <a href=\"https://evil.example/\">prize</a> <script>alert(1)</script> "
                + "http://localhost:8080.evil.example/events/" + EVENT + " javascript:alert(1)";

        Element body = noticeBody(quoted);

        assertThat(body.select("a, script")).isEmpty();
        assertThat(body.text()).isEqualTo(quoted);
    }

    private static Element noticeBody(String body) {
        String html = given().queryParam("body", body)
                .get("/test-render/notifications")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return Jsoup.parse(html).selectFirst("#n-n-1 > p:not(.meta)");
    }
}
