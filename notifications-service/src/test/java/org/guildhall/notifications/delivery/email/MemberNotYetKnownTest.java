package org.guildhall.notifications.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.delivery.Delivery;
import org.guildhall.notifications.delivery.DeliveryPlanner;
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

    @Inject
    DeliveryPlanner planner;

    @Inject
    MemberSnapshotRepository snapshots;

    @Inject
    EntityManager entityManager;

    /**
     * The service's clock at the real time: {@link #isDueNow} compares with it, and a test that ran before in this JVM
     * may have left the shared clock elsewhere (EmailDeliveryTest's is in 2035).
     */
    @BeforeEach
    void now() {
        TestClock.CLOCK.setTo(Instant.now());
    }

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

    /**
     * The joining commits while a registration's notice for the member is being planned (two consumer threads or two
     * replicas): the e-mail goes out now, not after {@code guildhall.email.await-contact}.
     */
    @Test
    void shouldSendNowWhenTheMemberBecomesKnownWhileTheirNoticeIsPlanned() throws Exception {
        String ada = new Scenario().id(Scenario.ADA);
        whileUncommitted(() -> notifier.tell(confirmationFor(ada)), () -> learnContactOf(ada));
        assertThat(unsentOf(ada)).singleElement().satisfies(this::isDueNow);
    }

    /** The notice is planned while the member's joining is committing: the e-mail goes out now, too. */
    @Test
    void shouldSendNowWhenTheNoticeIsPlannedWhileTheMemberBecomesKnown() throws Exception {
        String ada = new Scenario().id(Scenario.ADA);
        whileUncommitted(() -> learnContactOf(ada), () -> notifier.tell(confirmationFor(ada)));
        assertThat(unsentOf(ada)).singleElement().satisfies(this::isDueNow);
    }

    /**
     * Runs {@code first} in a transaction and, before it commits, {@code second} in another; {@code first} commits once
     * {@code second} has ended or waits for a lock, and both have ended when this returns.
     */
    private void whileUncommitted(Runnable first, Runnable second) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstRun =
                    threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                        first.run();
                        done.countDown();
                        awaitLatch(commit);
                    }));
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> secondRun =
                    threads.submit(() -> QuarkusTransaction.requiringNew().run(second));
            await().atMost(Duration.ofSeconds(30)).until(() -> secondRun.isDone() || aTransactionWaitsForALock());
            commit.countDown();
            firstRun.get(30, TimeUnit.SECONDS);
            secondRun.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Notice confirmationFor(String memberId) {
        return new Notice(
                UUID.randomUUID(), memberId, NoticeKind.REGISTRATION_CONFIRMED, "You have a seat", "See you there");
    }

    /** What consuming the member's {@code MemberJoined} does for their e-mails. */
    private void learnContactOf(String memberId) {
        Instant now = Instant.now();
        snapshots.persist(MemberSnapshot.of(memberId, "Ada", "ada@example.org", "Europe/London", now));
        planner.recipientKnown(memberId, now);
    }

    private boolean aTransactionWaitsForALock() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                        .createNativeQuery(
                                                "select count(*) from pg_stat_activity where datname = current_database()"
                                                        + " and wait_event_type = 'Lock'")
                                        .getSingleResult())
                                .longValue()
                        > 0);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Delivery> unsentOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list("memberId", memberId));
    }

    private void isDueNow(Delivery delivery) {
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.dueAt()).isBefore(Instant.now().plusSeconds(1));
    }

    private List<DeliveryStatus> statusesOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list("memberId", memberId).stream()
                .map(Delivery::status)
                .toList());
    }
}
