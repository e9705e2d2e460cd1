package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.guildhall.local.LocalMail;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member registers for an event and reads the confirmation as a mail client would: over IMAP from the platform's
 * mail server, with the event's iCalendar attachment, the check-in code and one-click unsubscribe (issue 15).
 */
@ExtendWith(GuildhallPlatform.class)
class RegistrationConfirmationByImapIT {

    @Test
    void theConfirmationShouldReachTheMailboxWithTheCalendarEntryCheckInCodeAndUnsubscribeHeaders(Platform platform)
            throws Exception {
        Api api = new Api(platform);
        String memberId = "ada-" + UUID.randomUUID();
        String address = memberId + "@example.org";
        String token = platform.tokens().member(memberId);
        api.joinWithEmail(token, address).then().statusCode(201);
        String eventId = publishedEvent(api, platform.tokens().coordinator("coordinator-" + UUID.randomUUID()));

        Map<String, Object> registration = await("the member's standing in events-service")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> api.to(Service.EVENTS, token)
                                .when()
                                .post("/events/{id}/registrations", eventId)
                                .then()
                                .extract()
                                .response(),
                        response -> response.statusCode() == 201)
                .jsonPath()
                .getMap("");
        String checkInCode = (String) registration.get("checkInCode");
        assertThat(checkInCode).isNotBlank();

        Mail confirmation = await("the confirmation in the IMAP mailbox")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> confirmationIn(platform.mail(), address), Optional::isPresent)
                .orElseThrow();

        assertThat(confirmation.text()).contains("Your check-in code: " + checkInCode);
        assertThat(confirmation.html()).contains(checkInCode);

        Calendar calendar = new CalendarBuilder().build(new java.io.ByteArrayInputStream(confirmation.ics()));
        VEvent event = calendar.getComponents("VEVENT").stream()
                .map(VEvent.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("event-" + eventId + "@guildhall");
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Harbour Data Day");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Guildhall, London");

        assertThat(confirmation.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(confirmation.listUnsubscribe()).startsWith("<").endsWith(">");
        URI unsubscribe = URI.create(confirmation
                .listUnsubscribe()
                .substring(1, confirmation.listUnsubscribe().length() - 1));
        assertThat(unsubscribe.getScheme()).isIn("http", "https");
        assertThat(unsubscribe.getRawQuery()).isNotBlank();
        assertThat(confirmation.text()).contains(unsubscribe.toString());
        // the link leads to the running notifications-service (its address as the launcher told it), and one click
        // as a mail client makes it (RFC 8058: a POST with List-Unsubscribe=One-Click) works
        assertThat(unsubscribe.toString())
                .startsWith(platform.baseUrl(Service.NOTIFICATIONS).toString().replaceAll("/$", "")
                        + "/notifications/unsubscribe?");
        io.restassured.RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .urlEncodingEnabled(false)
                .post(unsubscribe)
                .then()
                .statusCode(200);
    }

    /** A published members-only event a month ahead, with a venue. */
    private static String publishedEvent(Api api, String coordinator) {
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        return api.publishedEvent(
                coordinator,
                Map.of(
                        "title", "Harbour Data Day",
                        "description", "Pipelines and the people who run them",
                        "type", "CONFERENCE",
                        "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(6)).toString(),
                        "timeZone", "Europe/London",
                        "venue", "Guildhall, London",
                        "capacity", 20,
                        "membersOnly", true));
    }

    record Mail(String text, String html, byte[] ics, String listUnsubscribe, String listUnsubscribePost) {}

    /** The confirmation as an IMAP client reads it from the member's INBOX; user and password are the address. */
    private static Optional<Mail> confirmationIn(LocalMail mail, String address) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", mail.host());
        properties.put("mail.imap.port", Integer.toString(mail.imapPort()));
        Session session = Session.getInstance(properties);
        Store store = session.getStore("imap");
        store.connect(mail.host(), mail.imapPort(), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.getSubject() != null && message.getSubject().startsWith("You have a seat at")) {
                        return Optional.of(read(message));
                    }
                }
                return Optional.empty();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static Mail read(Message message) throws MessagingException, IOException {
        List<Part> parts = new ArrayList<>();
        collect(message, parts);
        String text = null;
        String html = null;
        byte[] ics = null;
        for (Part part : parts) {
            if (part.isMimeType("text/calendar")
                    || (part.getFileName() != null && part.getFileName().endsWith(".ics"))) {
                ics = bytes(part.getInputStream());
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            }
        }
        assertThat(ics).as("an .ics attachment").isNotNull();
        return new Mail(text, html, ics, header(message, "List-Unsubscribe"), header(message, "List-Unsubscribe-Post"));
    }

    private static void collect(Part part, List<Part> into) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
        } else {
            into.add(part);
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0].replaceAll("\\s*\\r?\\n\\s*", "");
    }

    private static byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
