package org.guildhall.notifications.delivery.email;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.delivery.Delivery;
import org.guildhall.notifications.delivery.DeliveryRepository;
import org.guildhall.notifications.delivery.DeliveryStatus;
import org.guildhall.notifications.membership.MemberSnapshot;
import org.guildhall.notifications.membership.MemberSnapshotRepository;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Draft;
import org.guildhall.notifications.wording.Moment;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an e-mail says and carries: the member's language and time, a one-click unsubscribe, safe member text. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class EmailContentTest {

    private static final Instant NOW = Instant.parse("2036-06-20T10:00:00Z");

    @Inject
    MockMailbox mailbox;

    @Inject
    Notifier notifier;

    @Inject
    EmailDispatcher dispatcher;

    @Inject
    MemberSnapshotRepository snapshots;

    @Inject
    PreferenceRepository preferences;

    @Inject
    DeliveryRepository deliveries;

    @BeforeEach
    void aFixedMorning() {
        TestClock.CLOCK.setTo(NOW);
        mailbox.clear();
    }

    @Test
    void aTokyoMemberShouldReadABerlinEventInBothLocalTimes() {
        String ada = member("Ada Lovelace", "Asia/Tokyo");

        tell(Draft.of(UUID.randomUUID(), ada, NoticeKind.REGISTRATION_CONFIRMED)
                .with("event", "Summit")
                .with("startsAt", new Moment(Instant.parse("2036-07-03T16:00:00Z"), "Europe/Berlin"))
                .with("venue", null)
                .with("onlineUrl", null)
                .with("checkInCode", null)
                .with("eventUrl", "http://localhost:8080/events/summit"));

        assertThat(onlyMailTo(ada).getText())
                .contains("Summit starts on Thu 3 July, 18:00 in Berlin (01:00 Fri in Tokyo).")
                .doesNotContain("2036-07-03T16:00:00Z");
    }

    @Test
    void aMemberWhoChoseGermanShouldGetTheWholeEmailInGerman() {
        String ada = member("Ada Lovelace", "Europe/Berlin");
        QuarkusTransaction.requiringNew().run(() -> {
            Preference preference = Preference.defaultsFor(ada, NOW);
            preference.writeIn("de", NOW);
            preferences.persist(preference);
        });

        tell(Draft.of(UUID.randomUUID(), ada, NoticeKind.REGISTRATION_CONFIRMED)
                .with("event", "Summit")
                .with("startsAt", new Moment(Instant.parse("2036-07-03T16:00:00Z"), "Europe/Berlin"))
                .with("venue", "Kongresshalle")
                .with("onlineUrl", null)
                .with("checkInCode", "K7QM2XPA")
                .with("eventUrl", "http://localhost:8080/events/summit"));

        Mail mail = onlyMailTo(ada);
        assertThat(mail.getSubject()).isEqualTo("Sie haben einen Platz bei Summit");
        assertThat(mail.getText())
                .contains("Hallo Ada Lovelace,", "Summit beginnt am Do. 3. Juli, 18:00.", "abbestellen")
                .contains("Ihr Check-in-Code: K7QM2XPA");
        assertThat(mail.getHtml()).contains("K7QM2XPA");
        assertThat(mail.getHtml()).contains("<html lang=\"de\">");
    }

    @Test
    void aOneClickPostToTheListUnsubscribeLinkShouldSwitchOffThatCategorysEmailWithoutSigningIn() {
        String ada = member("Ada Lovelace", "Europe/London");
        tell(Draft.of(UUID.randomUUID(), ada, NoticeKind.CONNECTION_ESTABLISHED).name("other", "grace", "Grace"));
        Mail mail = onlyMailTo(ada);
        assertThat(mail.getHeaders().get("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        URI link = unsubscribeLink(mail);
        assertThat(mail.getText()).contains(link.toString());

        given().contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .post(link.getPath() + "?" + link.getRawQuery())
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TestTokens.shared().member(ada))
                .get("/notifications/me/preferences")
                .then()
                .statusCode(200)
                .body("channels.find { it.category == 'CONNECTIONS' }.email", equalTo(false))
                .body("channels.find { it.category == 'CONNECTIONS' }.inbox", equalTo(true))
                .body("channels.find { it.category == 'EVENTS' }.email", equalTo(true));
        tell(Draft.of(UUID.randomUUID(), ada, NoticeKind.CONNECTION_ESTABLISHED).name("other", "linus", "Linus"));
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.SENT, DeliveryStatus.SUPPRESSED);
    }

    @Test
    void aTamperedOrExpiredUnsubscribeLinkShouldChangeNothing() {
        String ada = member("Ada Lovelace", "Europe/London");
        tell(Draft.of(UUID.randomUUID(), ada, NoticeKind.CONNECTION_ESTABLISHED).name("other", "grace", "Grace"));
        URI link = unsubscribeLink(onlyMailTo(ada));
        String token = link.getRawQuery().substring("token=".length());
        String tampered = token.substring(0, token.indexOf('.') - 2) + "xx" + token.substring(token.indexOf('.'));

        given().post("/notifications/unsubscribe?token=" + tampered)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        TestClock.CLOCK.advance(Duration.ofDays(61));
        given().post("/notifications/unsubscribe?token=" + token).then().statusCode(400);

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> preferences.findByIdOptional(ada).isEmpty()))
                .isTrue();
    }

    @Test
    void aCriticalNoticeShouldCarryNoUnsubscribeAndSayWhyItCannotBeTurnedOff() {
        String ada = member("Ada Lovelace", "Europe/London");

        tell(Draft.of(UUID.randomUUID(), ada, NoticeKind.SEAT_OFFERED)
                .with("event", "Summit")
                .with("claimBy", Moment.at(NOW.plus(Duration.ofHours(20))))
                .with("eventUrl", "http://localhost:8080/events/summit"));

        Mail mail = onlyMailTo(ada);
        assertThat(mail.getHeaders()).doesNotContainKey("List-Unsubscribe");
        assertThat(mail.getText())
                .contains("missing it gives your seat to the next person")
                .contains("whatever your notification preferences");
    }

    @Test
    void memberWrittenTextShouldBeEscapedInHtmlAndNeverReachAHeaderRaw() {
        String ada = member("Ada <b>Lovelace</b>", "Europe/London");

        tell(Draft.of(UUID.randomUUID(), ada, NoticeKind.CONNECTION_REQUESTED)
                .name("requester", "grace", "Grace\r\nBcc: everyone@example.org\u0007")
                .words("note", "grace", "<script>alert(1)</script>", "words", null));

        Mail mail = onlyMailTo(ada);
        assertThat(mail.getSubject()).doesNotContain("\r", "\n", "\u0007").startsWith("Grace");
        assertThat(mail.getBcc()).isEmpty();
        assertThat(mail.getHtml())
                .doesNotContain("<script>", "<b>Lovelace")
                .contains("&lt;script&gt;", "Ada &lt;b&gt;Lovelace&lt;/b&gt;");
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void aConfirmationShouldCarryTheVenueALinkBackAndTheEventsCalendarEntry() throws Exception {
        Scenario scenario = new Scenario();
        String ada = scenario.id(Scenario.ADA);
        String address = "ada." + UUID.randomUUID().toString().replace("-", "") + "@example.org";
        Map<String, String> as = Map.of("ada@example.org", address);
        scenario.send(MembershipEvents.MEMBER_JOINED, as);
        scenario.send(EventsEvents.EVENT_PUBLISHED, as);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> snapshots.of(ada).isPresent()));
        scenario.send(EventsEvents.REGISTRATION_CONFIRMED, as);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (int run = 0; run < 50 && statusesOf(ada).contains(DeliveryStatus.PENDING); run++) {
                dispatcher.dispatchDue();
            }
            return mailbox.getMailsSentTo(address).stream()
                    .anyMatch(mail -> mail.getSubject().startsWith("You have a seat"));
        });
        Mail mail = mailbox.getMailsSentTo(address).stream()
                .filter(sent -> sent.getSubject().startsWith("You have a seat"))
                .findFirst()
                .orElseThrow();
        String eventId = scenario.id(Scenario.EVENT);

        assertThat(mail.getText())
                .contains("Venue: Guildhall, London.", "http://localhost:8080/events/" + eventId)
                .contains("Wed 10 February, 09:00")
                .contains("Your check-in code: K7QM2XPA (show it at the door).");
        assertThat(mail.getHtml()).contains("K7QM2XPA");
        given().auth()
                .oauth2(TestTokens.shared().member(ada))
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .body("items.find { it.kind == 'registration-confirmed' }.body", containsString("K7QM2XPA"));
        assertThat(mail.getAttachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.getName()).isEqualTo("event.ics");
            assertThat(attachment.getContentType()).startsWith("text/calendar");
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                    .build(new java.io.ByteArrayInputStream(bytesOf(attachment)));
            net.fortuna.ical4j.model.component.VEvent event = calendar.getComponents("VEVENT").stream()
                    .map(net.fortuna.ical4j.model.component.VEvent.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("event-" + eventId + "@guildhall");
            assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Guildhall, London");
            assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270210T090000Z");
        });
    }

    @Test
    void anInvitationToAShiftShouldAskTheMemberWithALinkToSignUp() {
        Scenario scenario = new Scenario();
        String ada = scenario.id(Scenario.ADA);
        String address = "ada." + UUID.randomUUID().toString().replace("-", "") + "@example.org";
        Map<String, String> as = Map.of("ada@example.org", address);
        scenario.send(MembershipEvents.MEMBER_JOINED, as);
        scenario.send(EventsEvents.EVENT_PUBLISHED, as);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> snapshots.of(ada).isPresent()));
        scenario.send(EventsEvents.VOLUNTEER_INVITED, as);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (int run = 0; run < 50 && statusesOf(ada).contains(DeliveryStatus.PENDING); run++) {
                dispatcher.dispatchDue();
            }
            return mailbox.getMailsSentTo(address).stream()
                    .anyMatch(mail -> mail.getSubject().startsWith("Could you help"));
        });
        Mail mail = mailbox.getMailsSentTo(address).stream()
                .filter(sent -> sent.getSubject().startsWith("Could you help"))
                .findFirst()
                .orElseThrow();
        String signUp = "http://localhost:8080/volunteering?event=" + scenario.id(Scenario.EVENT) + "#shift-"
                + scenario.id(SHIFT_OF_THE_EXAMPLES);

        assertThat(mail.getSubject()).isEqualTo("Could you help as Registration desk at Data Engineering Summit?");
        assertThat(mail.getText())
                .contains("invite you to volunteer as Registration desk", "(Guildhall, London)", signUp)
                .contains("about volunteering");
        assertThat(mail.getHeaders()).containsKey("List-Unsubscribe");
        given().auth()
                .oauth2(TestTokens.shared().member(ada))
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .body("items.find { it.kind == 'volunteer-invited' }.category", equalTo("VOLUNTEERING"))
                .body("items.find { it.kind == 'volunteer-invited' }.body", containsString(signUp));
    }

    /** The shift of the events examples (VolunteerSignedUp, VolunteerInvited, ShiftRescheduled). */
    private static final String SHIFT_OF_THE_EXAMPLES = "3a5c7e9f-1b3d-4f5a-9c7e-1f3b5d7f9a2c";

    private static byte[] bytesOf(io.quarkus.mailer.Attachment attachment) {
        List<Byte> bytes = io.smallrye.mutiny.Multi.createFrom()
                .publisher(attachment.getData())
                .collect()
                .asList()
                .await()
                .indefinitely();
        byte[] data = new byte[bytes.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = bytes.get(i);
        }
        return data;
    }

    private URI unsubscribeLink(Mail mail) {
        List<String> header = mail.getHeaders().get("List-Unsubscribe");
        assertThat(header).hasSize(1);
        String value = header.get(0);
        assertThat(value).startsWith("<http").endsWith(">");
        return URI.create(value.substring(1, value.length() - 1));
    }

    private String member(String name, String zone) {
        String memberId = "ada-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> snapshots.persist(MemberSnapshot.of(memberId, name, memberId + "@example.org", zone, NOW)));
        return memberId;
    }

    private void tell(Draft draft) {
        QuarkusTransaction.requiringNew().run(() -> notifier.tell(draft));
        // other tests' e-mails, due on this clock too, may fill a run: go on until this one is out
        for (int run = 0; run < 50 && statusesOf(draft.memberId()).contains(DeliveryStatus.PENDING); run++) {
            dispatcher.dispatchDue();
        }
    }

    private Mail onlyMailTo(String memberId) {
        List<Mail> sent = mailbox.getMailsSentTo(memberId + "@example.org");
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private List<DeliveryStatus> statusesOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list("memberId", memberId).stream()
                .sorted(java.util.Comparator.comparing(Delivery::createdAt).thenComparing(d -> d.status()))
                .map(Delivery::status)
                .toList());
    }
}
