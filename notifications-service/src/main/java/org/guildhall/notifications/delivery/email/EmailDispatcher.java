package org.guildhall.notifications.delivery.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.guildhall.notifications.delivery.Delivery;
import org.guildhall.notifications.delivery.DeliveryRepository;
import org.guildhall.notifications.delivery.DeliveryStatus;
import org.guildhall.notifications.delivery.Recipient;
import org.guildhall.notifications.delivery.Recipients;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Wording;
import org.jboss.logging.Logger;

/**
 * Sends what is due: single e-mails (pending, or deferred until quiet hours ended) and daily digests. Each run locks
 * the rows it takes ({@code for update skip locked}), so two replicas never send the same delivery.
 */
@ApplicationScoped
public class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);

    private final DeliveryRepository deliveries;
    private final NoticeTexts texts;
    private final Recipients recipients;
    private final PreferenceRepository preferences;
    private final EmailComposer composer;
    private final Mailer mailer;
    private final EmailSettings settings;
    private final Clock clock;

    EmailDispatcher(
            DeliveryRepository deliveries,
            NoticeTexts texts,
            Recipients recipients,
            PreferenceRepository preferences,
            EmailComposer composer,
            Mailer mailer,
            EmailSettings settings,
            Clock clock) {
        this.deliveries = deliveries;
        this.texts = texts;
        this.recipients = recipients;
        this.preferences = preferences;
        this.composer = composer;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            identity = "email-dispatch",
            every = "${guildhall.email.dispatch-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        dispatchDue();
        sendDueDigests();
    }

    /** Sends the single e-mails due now; returns how many went out. */
    public int dispatchDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            int sent = 0;
            for (Delivery delivery : deliveries.lockDue(
                    List.of(DeliveryStatus.PENDING, DeliveryStatus.DEFERRED), now, settings.batchSize())) {
                Optional<NoticeTexts.NoticeText> text = texts.of(delivery.notificationId());
                Optional<Recipient> recipient = recipients.of(delivery.memberId());
                try {
                    String to = recipient
                            .flatMap(Recipient::address)
                            .orElseThrow(() -> new IllegalStateException("no e-mail address known"));
                    NoticeTexts.NoticeText note = text.orElseThrow();
                    NoticeKind kind = NoticeKind.bySlug(delivery.kind())
                            .orElseThrow(() -> new IllegalStateException("unknown kind " + delivery.kind()));
                    mailer.send(composer.single(
                            to,
                            delivery.memberId(),
                            nameOf(recipient),
                            languageOf(delivery.memberId(), recipient, now),
                            kind,
                            note.title(),
                            note.body(),
                            note.calendar()));
                    delivery.sent(now);
                    sent++;
                } catch (RuntimeException e) {
                    LOG.warnf("E-mail delivery %s failed (attempt %d): %s", delivery.id(), delivery.attempts() + 1, e);
                    delivery.attemptFailed(e.getMessage(), now, settings.maxAttempts(), settings.backoff());
                }
            }
            return sent;
        });
    }

    /** Sends one digest to each member whose digest hour has come; returns how many digests went out. */
    public int sendDueDigests() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            Map<String, List<Delivery>> byMember = new LinkedHashMap<>();
            for (Delivery delivery : deliveries.lockDue(List.of(DeliveryStatus.BATCHED), now, settings.batchSize())) {
                byMember.computeIfAbsent(delivery.memberId(), member -> new java.util.ArrayList<>())
                        .add(delivery);
            }
            int sent = 0;
            for (Map.Entry<String, List<Delivery>> batch : byMember.entrySet()) {
                Optional<Recipient> recipient = recipients.of(batch.getKey());
                try {
                    String to = recipient
                            .flatMap(Recipient::address)
                            .orElseThrow(() -> new IllegalStateException("no e-mail address known"));
                    List<EmailComposer.DigestItem> items = batch.getValue().stream()
                            .flatMap(delivery -> texts.of(delivery.notificationId()).stream()
                                    .map(note -> new EmailComposer.DigestItem(
                                            note.title(),
                                            note.body(),
                                            NoticeKind.bySlug(delivery.kind())
                                                    .map(NoticeKind::category)
                                                    .orElse(Category.MEMBERSHIP))))
                            .toList();
                    Mail digest = composer.digest(
                            to, batch.getKey(), nameOf(recipient), languageOf(batch.getKey(), recipient, now), items);
                    mailer.send(digest);
                    batch.getValue().forEach(delivery -> delivery.sentInDigest(now));
                    sent++;
                } catch (RuntimeException e) {
                    LOG.warnf("Digest to %s failed: %s", batch.getKey(), e);
                    batch.getValue()
                            .forEach(delivery -> delivery.digestFailed(
                                    e.getMessage(), now, settings.maxAttempts(), settings.backoff()));
                }
            }
            return sent;
        });
    }

    /** The member's chosen language, else their profile's, else English. */
    private Locale languageOf(String memberId, Optional<Recipient> recipient, Instant now) {
        return Wording.language(preferences
                .of(memberId, now)
                .language()
                .or(() -> recipient.flatMap(Recipient::language))
                .orElse(null));
    }

    private static String nameOf(Optional<Recipient> recipient) {
        return recipient.map(Recipient::greetingName).orElse("member");
    }
}
