package org.guildhall.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guildhall.web.notifications.NoticeBody.Part;
import org.junit.jupiter.api.Test;

/** A notice's body cut into text and links: only addresses of this application become links, and relative ones. */
class NoticeBodyTest {

    private static final String EVENT = "9487cf9d-c4b7-4e67-a41a-252a246e1eff";

    private final NoticeBody local = new NoticeBody(() -> "http://localhost:8080");

    @Test
    void shouldMakeALinkToThisApplicationARelativeLinkToTheEventsPage() {
        List<Part> parts = local.parts("A seat freed up. Claim it here: http://localhost:8080/events/" + EVENT);

        assertThat(parts)
                .containsExactly(
                        Part.text("A seat freed up. Claim it here: "),
                        new Part("/events/" + EVENT, "/events/" + EVENT, "event"));
    }

    @Test
    void shouldKeepTheQueryAndFragmentAndTheTextAroundTheLink() {
        List<Part> parts =
                local.parts("Sign up here: http://LOCALHOST:8080/volunteering?event=" + EVENT + "#shift-7. Thank you.");

        assertThat(parts)
                .containsExactly(
                        Part.text("Sign up here: "),
                        new Part(
                                "/volunteering?event=" + EVENT + "#shift-7",
                                "/volunteering?event=" + EVENT + "#shift-7",
                                "volunteering"),
                        Part.text(". Thank you."));
    }

    @Test
    void shouldNameWhereEachLinkLeads() {
        assertThat(local
                        .parts("http://localhost:8080/join?invited=true http://localhost:8080/notifications "
                                + "http://localhost:8080/mentoring")
                        .stream()
                        .filter(Part::link)
                        .map(Part::destination))
                .containsExactly("join", "inbox", "page");
    }

    @Test
    void shouldLeaveEveryOtherAddressAsText() {
        for (String other : List.of(
                "https://localhost:8080/events/" + EVENT, // another scheme
                "http://localhost:8081/events/" + EVENT, // another port
                "http://localhost/events/" + EVENT, // port 80
                "http://evil.example/events/" + EVENT,
                "http://localhost:8080.evil.example/events/" + EVENT, // a look-alike host
                "http://localhost.evil.example:8080/events/" + EVENT,
                "http://localhost:8080@evil.example/events/" + EVENT, // user info before another host
                "http://evil.example@localhost:8080/events/" + EVENT, // user info at all
                "http://localhost:8080//evil.example/x", // a path the browser reads as another host
                "http://localhost:8080/%5C%5Cevil.example/x".replace("%5C", "\\"),
                "javascript:alert(1)",
                "javascript://localhost:8080/%0Aalert(1)",
                "data:text/html,<script>alert(1)</script>")) {
            String body = "Look: " + other;
            assertThat(local.parts(body)).as(other).containsExactly(Part.text(body));
        }
    }

    @Test
    void shouldLeaveHtmlInTheBodyAsTextForTheTemplateToEscape() {
        String quoted = "Thanks! <b>You</b> <script>alert(1)</script> <a href=x>click</a>";

        assertThat(local.parts(quoted)).containsExactly(Part.text(quoted));
    }

    @Test
    void shouldTakeOnlyAddressesUnderTheBasePathWhenTheApplicationHasOne() {
        NoticeBody underPath = new NoticeBody(() -> "https://example.org/guildhall");

        assertThat(underPath.parts("https://example.org/guildhall/events/" + EVENT))
                .containsExactly(new Part("/guildhall/events/" + EVENT, "/guildhall/events/" + EVENT, "event"));
        assertThat(underPath.parts("https://example.org:443/other/events/" + EVENT))
                .containsExactly(Part.text("https://example.org:443/other/events/" + EVENT));
    }

    @Test
    void shouldGiveNoPartsForNoBody() {
        assertThat(local.parts(null)).isEmpty();
        assertThat(local.parts("")).isEmpty();
    }
}
