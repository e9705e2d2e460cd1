package org.guildhall.notifications.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.notifications.Scenario.ADA;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.delivery.Delivery;
import org.guildhall.notifications.delivery.DeliveryRepository;
import org.guildhall.notifications.delivery.DeliveryStatus;
import org.guildhall.notifications.membership.MemberSnapshot;
import org.guildhall.notifications.membership.MemberSnapshotRepository;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail through a real SMTP server: what a member's mail server would receive. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
@WithTestResource(GreenMailResource.class)
class SmtpDeliveryTest {

    @Inject
    EmailDispatcher dispatcher;

    @Inject
    Notifier notifier;

    @Inject
    MemberSnapshotRepository contacts;

    @Inject
    DeliveryRepository deliveries;

    @BeforeEach
    void now() {
        TestClock.CLOCK.setTo(Instant.now());
    }

    @Test
    void shouldMailTheWelcomeOfAJoiningMemberThroughSmtp() throws Exception {
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);
        scenario.send(MembershipEvents.MEMBER_JOINED);
        await().atMost(Duration.ofSeconds(30)).until(() -> !Inboxes.of(ada).isEmpty());

        dispatcher.dispatchDue();

        MimeMessage welcome = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> received("ada@example.org", "Welcome to Guildhall, Ada Lovelace"),
                        message -> message != null);
        assertThat(welcome.getFrom()[0].toString()).contains("notifications@guildhall.local");
        String raw = GreenMailUtil.getWholeMessage(welcome);
        assertThat(raw).contains("text/html", "text/plain", "Set your networking goals");
        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void shouldRetryWithBackoffWhileTheSmtpServerIsDown() throws Exception {
        String grace = "grace-" + UUID.randomUUID();
        String address = grace + "@example.org";
        QuarkusTransaction.requiringNew()
                .run(() -> contacts.persist(MemberSnapshot.of(grace, "Grace Hopper", address, "UTC", Instant.now())));
        GreenMailResource.server().stop();
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> notifier.tell(new Notice(
                            UUID.randomUUID(), grace, NoticeKind.SHIFT_COMPLETED, "Thank you, Grace", "3 hours")));
            dispatcher.dispatchDue();
        } finally {
            GreenMailResource.restart();
        }
        Delivery failedOnce = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.find("memberId", grace).singleResult());
        assertThat(failedOnce.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).isNotBlank();

        dispatcher.dispatchDue(); // the backoff has not passed yet
        assertThat(received(address, "Thank you, Grace")).isNull();
        TestClock.CLOCK.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();

        assertThat(received(address, "Thank you, Grace")).isNotNull();
        assertThat(statusesOf(grace)).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void shouldStillMailAStoredNameWithALineFeedAsOneHeaderLine() throws Exception {
        // a name stored before the edge refused control characters, or carried by another service's event
        String ann = "ann-" + UUID.randomUUID();
        String address = ann + "@example.org";
        QuarkusTransaction.requiringNew()
                .run(() -> contacts.persist(MemberSnapshot.of(ann, "Ann\nLine", address, "UTC", Instant.now())));
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.tell(new Notice(
                        UUID.randomUUID(),
                        ann,
                        NoticeKind.SHIFT_COMPLETED,
                        "Thank you, Ann\nLine\r\nBcc: victim@example.org\u202E",
                        "3 hours")));

        dispatcher.dispatchDue();

        MimeMessage mail = received(address, "Thank you, Ann Line Bcc: victim@example.org");
        assertThat(mail).isNotNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(statusesOf(ann)).containsExactly(DeliveryStatus.SENT);
    }

    private static MimeMessage received(String to, String subject) throws Exception {
        for (MimeMessage message : GreenMailResource.server().getReceivedMessages()) {
            List<String> recipients = Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
            if (recipients.contains(to) && subject.equals(message.getSubject())) {
                return message;
            }
        }
        return null;
    }

    private List<DeliveryStatus> statusesOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list("memberId", memberId).stream()
                .map(Delivery::status)
                .toList());
    }
}
