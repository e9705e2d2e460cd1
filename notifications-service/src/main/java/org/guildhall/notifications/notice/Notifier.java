package org.guildhall.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.notifications.delivery.DeliveryPlanner;
import org.guildhall.notifications.delivery.Recipient;
import org.guildhall.notifications.delivery.Recipients;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.vocabulary.Channel;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Draft;
import org.guildhall.notifications.wording.Reader;
import org.guildhall.notifications.wording.Wording;

/**
 * Turns a notice into a notification, once: in the inbox unless the member switched it off there, and with its
 * e-mail planned. Runs in the caller's transaction (the consumed event's, or a reminder run's).
 */
@ApplicationScoped
public class Notifier {

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final DeliveryPlanner deliveries;
    private final Recipients recipients;
    private final Wording wording;
    private final Clock clock;

    Notifier(
            NotificationRepository notifications,
            PreferenceRepository preferences,
            DeliveryPlanner deliveries,
            Recipients recipients,
            Wording wording,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.wording = wording;
        this.clock = clock;
    }

    /**
     * Words the draft for its member (their language, their zone, now) and tells it; returns whether it was new. The
     * member's preferences are read once, for the words, the inbox and the e-mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tell(Draft draft) {
        Instant now = Instant.now(clock);
        Preference preference = preferences.of(draft.memberId(), now);
        Optional<Recipient> recipient = recipients.of(draft.memberId());
        Reader reader = new Reader(
                Wording.language(preference
                        .language()
                        .or(() -> recipient.flatMap(Recipient::language))
                        .orElse(null)),
                preference.zone(recipient.flatMap(Recipient::zone)),
                now);
        return tell(wording.notice(draft, reader), preference, recipient, now);
    }

    /** A notice already worded. Returns whether it was new; a notice already given (same source, member and kind) is dropped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tell(Notice notice) {
        Instant now = Instant.now(clock);
        return tell(notice, preferences.of(notice.memberId(), now), recipients.of(notice.memberId()), now);
    }

    /** Whether the member was ever told a notice of {@code kind} (and it was not erased since). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasTold(String memberId, NoticeKind kind) {
        return notifications.count("memberId = ?1 and kind = ?2", memberId, kind.slug()) > 0;
    }

    private boolean tell(Notice notice, Preference preference, Optional<Recipient> recipient, Instant now) {
        boolean inInbox = preference.allows(notice.kind().category(), Channel.INBOX);
        Notification notification = Notification.of(notice, inInbox, now);
        if (!notifications.storeOnce(notification)) {
            return false;
        }
        deliveries.plan(notification.id(), notice, preference, recipient, now);
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
