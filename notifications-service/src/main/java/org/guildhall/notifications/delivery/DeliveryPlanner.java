package org.guildhall.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.notifications.delivery.email.EmailSettings;
import org.guildhall.notifications.preference.EmailDecision;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.preference.PreferencesChanged;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;

/** Plans the e-mail of a new notification from the member's preferences, hours and address. */
@ApplicationScoped
public class DeliveryPlanner {

    private final DeliveryRepository deliveries;
    private final PreferenceRepository preferences;
    private final Recipients recipients;
    private final EmailSettings settings;

    DeliveryPlanner(
            DeliveryRepository deliveries,
            PreferenceRepository preferences,
            Recipients recipients,
            EmailSettings settings) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.recipients = recipients;
    }

    /**
     * Runs in the transaction that stores the notification, with the member's preferences and recipient the notifier
     * already read (one read of each per notice). An empty recipient is looked up again under the member's planning
     * lock.
     */
    public Delivery plan(
            UUID notificationId, Notice notice, Preference preference, Optional<Recipient> recipient, Instant now) {
        if (recipient.isEmpty()) {
            // their joining may be committing right now on another consumer thread or replica, whose replan would not
            // see this uncommitted delivery: plan under the member's lock, and look again once it is held
            deliveries.lockPlanningOf(notice.memberId());
            recipient = recipients.of(notice.memberId());
        }
        Delivery delivery = Delivery.planned(
                notificationId,
                notice.memberId(),
                notice.kind().slug(),
                decide(notice.kind(), preference, recipient, now),
                now);
        deliveries.persist(delivery);
        return delivery;
    }

    /**
     * The member's e-mails not yet sent (pending, deferred by quiet hours, batched for a digest) follow the
     * preferences they just chose: switched off, they are suppressed; out of digest mode or quiet hours, they go now.
     * Runs in the transaction that changed the preferences; a delivery the dispatcher is sending is waited for.
     */
    void replan(@Observes PreferencesChanged changed) {
        replan(changed.preference(), changed.at());
    }

    /**
     * This service just learnt how to reach the member, after e-mails were planned for them (another topic's event
     * overtook their joining): those waiting for it are decided now. Runs in the transaction that recorded them.
     *
     * <p>Planning for an unknown member and learning of them serialise on the member's planning lock
     * ({@link DeliveryRepository#lockPlanningOf}): without it, two transactions committing at once (the joining on the
     * membership topic, a registration on the events topic) each missed the other, and the e-mail waited the whole
     * {@code guildhall.email.await-contact} (10 min) though the address was known.
     */
    public void recipientKnown(String memberId, Instant now) {
        // waits for a transaction that planned an e-mail for them as unknown, so its delivery is seen here
        deliveries.lockPlanningOf(memberId);
        replan(preferences.of(memberId, now), now);
    }

    /** Erasure: the member's e-mails go, sent or not. */
    void memberErased(@Observes MemberErased erased) {
        deliveries.deleteOf(erased.memberId());
    }

    private void replan(Preference preference, Instant now) {
        Optional<Recipient> recipient = recipients.of(preference.memberId());
        for (Delivery delivery : deliveries.unsentOf(preference.memberId())) {
            NoticeKind.bySlug(delivery.kind())
                    .ifPresent(kind -> delivery.replan(decide(kind, preference, recipient, now), now));
        }
    }

    private EmailDecision decide(NoticeKind kind, Preference preference, Optional<Recipient> recipient, Instant now) {
        if (recipient.isEmpty()) {
            // the member's joining has not reached us yet (another topic overtook it): wait for it, do not drop the
            // e-mail; recipientKnown plans it again, and past the wait the dispatcher's retries decide
            return new EmailDecision(
                    EmailDecision.Outcome.DEFER, now.plus(settings.awaitContact()), "member not known here yet");
        }
        if (recipient.flatMap(Recipient::address).isEmpty()) {
            return new EmailDecision(EmailDecision.Outcome.SUPPRESS, null, "no e-mail address known");
        }
        ZoneId zone = preference.zone(recipient.flatMap(Recipient::zone));
        return preference.decideEmail(kind.category(), kind.critical(), zone, now);
    }
}
