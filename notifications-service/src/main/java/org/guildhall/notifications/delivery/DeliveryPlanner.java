package org.guildhall.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.notifications.inbox.Notice;
import org.guildhall.notifications.membership.Contact;
import org.guildhall.notifications.membership.ContactRepository;
import org.guildhall.notifications.preference.EmailDecision;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;

/** Plans the e-mail of a new notification from the member's preferences, hours and address. */
@ApplicationScoped
public class DeliveryPlanner {

    private final DeliveryRepository deliveries;
    private final PreferenceRepository preferences;
    private final ContactRepository contacts;

    DeliveryPlanner(DeliveryRepository deliveries, PreferenceRepository preferences, ContactRepository contacts) {
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
        Optional<Contact> contact = contacts.of(notice.memberId());
        ZoneId zone = preference.zone(contact.flatMap(Contact::timeZone));
        EmailDecision decision = contact.flatMap(Contact::email).isPresent()
                ? preference.decideEmail(notice.kind().category(), notice.kind().critical(), zone, now)
                : new EmailDecision(EmailDecision.Outcome.SUPPRESS, null, "no e-mail address known");
        Delivery delivery = Delivery.planned(
                notificationId, notice.memberId(), notice.kind().slug(), decision, now);
        deliveries.persist(delivery);
        return delivery;
    }
}
