package org.guildhall.notifications.delivery.email;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.guildhall.notifications.delivery.Delivery;
import org.guildhall.notifications.delivery.DeliveryRepository;
import org.guildhall.notifications.delivery.DeliveryStatus;
import org.guildhall.notifications.membership.MemberSnapshot;
import org.guildhall.notifications.membership.MemberSnapshotRepository;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.preference.ChannelOptOut;
import org.guildhall.notifications.preference.EmailMode;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Channel;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the mailer is handed (its mock mailbox), for each preference. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class EmailDeliveryTest {

    // 10:00 UTC: 10:00 in London, 19:00 in Tokyo
    private static final Instant MORNING_IN_LONDON = Instant.parse("2035-03-14T10:00:00Z");

    @Inject
    MockMailbox mailbox;

    @Inject
    Notifier notifier;

    @Inject
    EmailDispatcher dispatcher;

    @Inject
    MemberSnapshotRepository contacts;

    @Inject
    PreferenceRepository preferences;

    @Inject
    DeliveryRepository deliveries;

    @BeforeEach
    void aFixedMorning() {
        TestClock.CLOCK.setTo(MORNING_IN_LONDON);
        mailbox.clear();
    }

    @Test
    void shouldSendAnImmediateEmailWithAnHtmlAndATextPart() {
        String ada = memberWithAddress("Europe/London");

        tell(ada, NoticeKind.REGISTRATION_CONFIRMED, "You have a seat at Data Summit");
        dispatcher.dispatchDue();

        List<Mail> sent = mailbox.getMailsSentTo(addressOf(ada));
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("You have a seat at Data Summit");
            assertThat(mail.getHtml())
                    .contains("<h1", "You have a seat at Data Summit", "Add the event to your calendar");
            assertThat(mail.getText()).contains("Hello Ada", "Add the event to your calendar");
        });
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void shouldSendOneEmailForTheSameNoticeToldTwice() {
        String ada = memberWithAddress("Europe/London");
        Notice notice = new Notice(UUID.randomUUID(), ada, NoticeKind.CONNECTION_REQUESTED, "Grace asks", "Hi");

        QuarkusTransaction.requiringNew().run(() -> notifier.tell(notice));
        QuarkusTransaction.requiringNew().run(() -> notifier.tell(notice));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo(addressOf(ada))).hasSize(1);
    }

    @Test
    void shouldHoldEmailThroughQuietHoursInTheMembersZoneThenSendIt() {
        String ada = memberWithAddress("Asia/Tokyo");
        choose(ada, EmailMode.IMMEDIATE, LocalTime.of(18, 0), LocalTime.of(22, 0), Set.of());

        tell(ada, NoticeKind.CONNECTION_ESTABLISHED, "You are now connected with Grace");
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(addressOf(ada))).isEmpty();
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.DEFERRED);

        TestClock.CLOCK.advance(Duration.ofHours(3)); // 22:00 in Tokyo
        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo(addressOf(ada))).hasSize(1);
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void shouldGatherADailyDigestAtTheMembersLocalHour() {
        String ada = memberWithAddress("Europe/London");
        choose(ada, EmailMode.DAILY_DIGEST, null, null, Set.of());

        tell(ada, NoticeKind.CONNECTION_REQUESTED, "Grace would like to connect");
        tell(ada, NoticeKind.APPRECIATION_RECEIVED, "Linus thanked you");
        dispatcher.dispatchDue();
        dispatcher.sendDueDigests();
        assertThat(mailbox.getMailsSentTo(addressOf(ada))).isEmpty();
        assertThat(statusesOf(ada)).containsOnly(DeliveryStatus.BATCHED);

        TestClock.CLOCK.advance(Duration.ofHours(22)); // 08:00 the next day in London
        dispatcher.sendDueDigests();

        assertThat(mailbox.getMailsSentTo(addressOf(ada))).singleElement().satisfies(digest -> {
            assertThat(digest.getSubject()).contains("2 updates");
            assertThat(digest.getText()).contains("Grace would like to connect", "Linus thanked you");
        });
        assertThat(statusesOf(ada)).containsOnly(DeliveryStatus.SENT);
    }

    @Test
    void shouldSendACriticalOneAtOnceDespiteDigestAndQuietHours() {
        String ada = memberWithAddress("Europe/London");
        choose(ada, EmailMode.DAILY_DIGEST, LocalTime.of(0, 0), LocalTime.of(23, 0), Set.of());

        tell(ada, NoticeKind.EVENT_CANCELLED, "Data Summit is cancelled");
        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo(addressOf(ada))).hasSize(1);
    }

    @Test
    void shouldNeverSendWhatTheMemberSwitchedOffEvenWhenCritical() {
        String ada = memberWithAddress("Europe/London");
        choose(ada, EmailMode.IMMEDIATE, null, null, Set.of(new ChannelOptOut(Category.EVENTS, Channel.EMAIL)));

        tell(ada, NoticeKind.EVENT_CANCELLED, "Data Summit is cancelled");
        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo(addressOf(ada))).isEmpty();
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.SUPPRESSED);
    }

    @Test
    void shouldKeepANotificationOutOfTheInboxWhenTheInboxIsSwitchedOff() {
        String ada = memberWithAddress("Europe/London");
        choose(ada, EmailMode.IMMEDIATE, null, null, Set.of(new ChannelOptOut(Category.MENTORING, Channel.INBOX)));

        tell(ada, NoticeKind.MENTORSHIP_REQUESTED, "Grace asks you for mentoring");
        dispatcher.dispatchDue();

        assertThat(org.guildhall.notifications.Inboxes.of(ada))
                .singleElement()
                .satisfies(notification -> assertThat(notification.inInbox()).isFalse());
        assertThat(mailbox.getMailsSentTo(addressOf(ada))).hasSize(1);
    }

    @Test
    void shouldSendWhatADigestHeldOnceTheMemberSwitchesToImmediateEmail() {
        String ada = memberWithAddress("Europe/London");
        choose(ada, EmailMode.DAILY_DIGEST, null, null, Set.of());
        tell(ada, NoticeKind.CONNECTION_REQUESTED, "Grace would like to connect");
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.BATCHED);

        changePreferences(ada, "{\"emailMode\": \"IMMEDIATE\", \"digestHour\": 8, \"channels\": []}");
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.PENDING);
        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo(addressOf(ada))).hasSize(1);
    }

    @Test
    void shouldNotSendWhatQuietHoursHeldOnceTheMemberSwitchesThatEmailOff() {
        String ada = memberWithAddress("Asia/Tokyo");
        choose(ada, EmailMode.IMMEDIATE, LocalTime.of(18, 0), LocalTime.of(22, 0), Set.of());
        tell(ada, NoticeKind.CONNECTION_ESTABLISHED, "You are now connected with Grace");
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.DEFERRED);

        changePreferences(
                ada,
                """
                {"emailMode": "IMMEDIATE", "digestHour": 8, "quietHours": {"from": "18:00", "until": "22:00"},
                 "channels": [{"category": "CONNECTIONS", "inbox": true, "email": false}]}
                """);
        TestClock.CLOCK.advance(Duration.ofHours(3)); // quiet hours are over in Tokyo
        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo(addressOf(ada))).isEmpty();
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.SUPPRESSED);
    }

    private static void changePreferences(String memberId, String body) {
        given().auth()
                .oauth2(TestTokens.shared().member(memberId))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/notifications/me/preferences")
                .then()
                .statusCode(200);
    }

    private String memberWithAddress(String zone) {
        String memberId = "ada-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> contacts.persist(
                        MemberSnapshot.of(memberId, "Ada Lovelace", addressOf(memberId), zone, MORNING_IN_LONDON)));
        return memberId;
    }

    private void choose(String memberId, EmailMode mode, LocalTime from, LocalTime until, Set<ChannelOptOut> off) {
        QuarkusTransaction.requiringNew().run(() -> {
            Preference preference = Preference.defaultsFor(memberId, MORNING_IN_LONDON);
            preference.change(mode, 8, from, until, null, off, MORNING_IN_LONDON);
            preferences.persist(preference);
        });
    }

    private void tell(String memberId, NoticeKind kind, String title) {
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.tell(new Notice(UUID.randomUUID(), memberId, kind, title, "Details of " + title)));
    }

    private List<DeliveryStatus> statusesOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list("memberId", memberId).stream()
                .map(Delivery::status)
                .toList());
    }

    private static String addressOf(String memberId) {
        return memberId + "@example.org";
    }
}
