package org.guildhall.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.notifications.delivery.DeliveryPlanner;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.vocabulary.Channel;
import org.guildhall.notifications.vocabulary.Notice;

/**
 * Turns a notice into a notification, once: in the inbox unless the member switched it off there, and with its
 * e-mail planned. Runs in the caller's transaction (the consumed event's, or a reminder run's).
 */
@ApplicationScoped
public class Notifier {

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final DeliveryPlanner deliveries;
    private final Clock clock;

    Notifier(
            NotificationRepository notifications,
            PreferenceRepository preferences,
            DeliveryPlanner deliveries,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Returns whether the notice was new; a notice already given (same source, member and kind) is dropped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tell(Notice notice) {
        Instant now = Instant.now(clock);
        Preference preference = preferences.of(notice.memberId(), now);
        boolean inInbox = preference.allows(notice.kind().category(), Channel.INBOX);
        Notification notification = Notification.of(notice, inInbox, now);
        if (!notifications.storeOnce(notification)) {
            return false;
        }
        deliveries.plan(notification.id(), notice, preference, now);
        return true;
    }

    /**
     * Erasure: the member's notifications go, and other members' notifications that named or quoted them say "a
     * former member" and leave their words out.
     */
    void memberErased(@Observes MemberErased erased) {
        notifications.deleteOf(erased.memberId());
        notifications.forgetMentionsOf(erased.memberId());
    }
}
