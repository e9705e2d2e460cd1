package org.guildhall.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.notifications.delivery.email.EmailSettings;
import org.guildhall.notifications.membership.MemberKnown;
import org.guildhall.notifications.membership.MemberSnapshot;
import org.guildhall.notifications.membership.MemberSnapshotRepository;
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
    private final MemberSnapshotRepository contacts;
    private final EmailSettings settings;

    DeliveryPlanner(
            DeliveryRepository deliveries,
            PreferenceRepository preferences,
            MemberSnapshotRepository contacts,
            EmailSettings settings) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.contacts = contacts;
    }

    /** Runs in the transaction that stores the notification. */
    public Delivery plan(UUID notificationId, Notice notice, Instant now) {
        return plan(notificationId, notice, preferences.of(notice.memberId(), now), now);
    }

    /** As {@link #plan(UUID, Notice, Instant)}, with the member's preferences already at hand. */
    public Delivery plan(UUID notificationId, Notice notice, Preference preference, Instant now) {
        Optional<MemberSnapshot> contact = contacts.of(notice.memberId());
        Delivery delivery = Delivery.planned(
                notificationId,
                notice.memberId(),
                notice.kind().slug(),
                decide(notice.kind(), preference, contact, now),
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

    /** The member's contact arrived after e-mails were planned for them: those waiting for it are decided now. */
    void contactKnown(@Observes MemberKnown known) {
        replan(preferences.of(known.memberId(), known.at()), known.at());
    }

    private void replan(Preference preference, Instant now) {
        Optional<MemberSnapshot> contact = contacts.of(preference.memberId());
        for (Delivery delivery : deliveries.unsentOf(preference.memberId())) {
            NoticeKind.bySlug(delivery.kind())
                    .ifPresent(kind -> delivery.replan(decide(kind, preference, contact, now), now));
        }
    }

    private EmailDecision decide(
            NoticeKind kind, Preference preference, Optional<MemberSnapshot> contact, Instant now) {
        if (contact.isEmpty()) {
            // the member's joining has not reached us yet (another topic overtook it): wait for it, do not drop the
            // e-mail; MemberKnown plans it again, and past the wait the dispatcher's retries decide
            return new EmailDecision(
                    EmailDecision.Outcome.DEFER, now.plus(settings.awaitContact()), "member not known here yet");
        }
        if (contact.flatMap(MemberSnapshot::email).isEmpty()) {
            return new EmailDecision(EmailDecision.Outcome.SUPPRESS, null, "no e-mail address known");
        }
        ZoneId zone = preference.zone(contact.flatMap(MemberSnapshot::timeZone));
        return preference.decideEmail(kind.category(), kind.critical(), zone, now);
    }
}
