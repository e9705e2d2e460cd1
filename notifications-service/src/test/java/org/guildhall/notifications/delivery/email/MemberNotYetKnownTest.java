package org.guildhall.notifications.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.delivery.Delivery;
import org.guildhall.notifications.delivery.DeliveryRepository;
import org.guildhall.notifications.delivery.DeliveryStatus;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/**
 * A notice for a member whose joining has not reached this service yet (an event on another topic overtook it) waits
 * for their contact; it is never dropped as "no address".
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MemberNotYetKnownTest {

    @Inject
    Notifier notifier;

    @Inject
    EmailDispatcher dispatcher;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    MockMailbox mailbox;

    @Test
    void anEmailForAMemberNotKnownYetShouldWaitForTheirJoiningAndThenGoOut() {
        Scenario scenario = new Scenario();
        String ada = scenario.id(Scenario.ADA);
        UUID noticeId = UUID.randomUUID();
        String title = "You have a seat at Summit " + noticeId;
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.tell(
                        new Notice(noticeId, ada, NoticeKind.REGISTRATION_CONFIRMED, title, "See you there")));

        assertThat(statusesOf(ada)).containsExactly(DeliveryStatus.DEFERRED);

        scenario.send(MembershipEvents.MEMBER_JOINED);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dispatcher.dispatchDue();
            return mailbox.getMailsSentTo("ada@example.org").stream().anyMatch(mail -> title.equals(mail.getSubject()));
        });
        assertThat(statusesOf(ada)).doesNotContain(DeliveryStatus.SUPPRESSED, DeliveryStatus.FAILED);
    }

    private List<DeliveryStatus> statusesOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list("memberId", memberId).stream()
                .map(Delivery::status)
                .toList());
    }
}
