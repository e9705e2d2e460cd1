package org.guildhall.notifications.membership;

import jakarta.enterprise.context.ApplicationScoped;
import org.guildhall.notifications.delivery.DeliveryRepository;
import org.guildhall.notifications.events.RegistrationRepository;
import org.guildhall.notifications.events.ShiftPlaceRepository;
import org.guildhall.notifications.mentoring.MentorshipRepository;
import org.guildhall.notifications.notice.NotificationRepository;
import org.guildhall.notifications.preference.PreferenceRepository;

/**
 * MemberErased: everything this service holds about the member goes, in the event's transaction, and other members'
 * notifications that named or quoted them say "a former member" and leave their words out.
 */
@ApplicationScoped
public class MemberErasure {

    private final NotificationRepository notifications;
    private final DeliveryRepository deliveries;
    private final PreferenceRepository preferences;
    private final MemberSnapshotRepository contacts;
    private final MembershipTermRepository terms;
    private final RegistrationRepository registrations;
    private final ShiftPlaceRepository places;
    private final MentorshipRepository mentorships;
    private final ConnectionMadeRepository connections;

    MemberErasure(
            NotificationRepository notifications,
            DeliveryRepository deliveries,
            PreferenceRepository preferences,
            MemberSnapshotRepository contacts,
            MembershipTermRepository terms,
            RegistrationRepository registrations,
            ShiftPlaceRepository places,
            MentorshipRepository mentorships,
            ConnectionMadeRepository connections) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.contacts = contacts;
        this.terms = terms;
        this.registrations = registrations;
        this.places = places;
        this.mentorships = mentorships;
        this.connections = connections;
    }

    void erase(String memberId) {
        deliveries.deleteOf(memberId);
        notifications.deleteOf(memberId);
        notifications.forgetMentionsOf(memberId);
        preferences.findByIdOptional(memberId).ifPresent(preferences::delete);
        contacts.deleteById(memberId);
        terms.deleteById(memberId);
        registrations.deleteOf(memberId);
        places.deleteOf(memberId);
        mentorships.deleteOf(memberId);
        connections.deleteOf(memberId);
    }
}
