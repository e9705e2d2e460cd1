package org.guildhall.notifications.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, String> {

    public List<Registration> ofEvent(String eventId) {
        return list("eventId", eventId);
    }

    public List<Registration> confirmedFor(String eventId) {
        return list("eventId = ?1 and status = ?2", eventId, Registration.CONFIRMED);
    }

    public List<Registration> attendeesOf(String eventId) {
        return list("eventId = ?1 and attended = true", eventId);
    }

    /** Attendees of the event who agreed to be named to the others. */
    public List<Registration> sharingAttendeesOf(String eventId) {
        return list("eventId = ?1 and attended = true and sharesAttendance = true", eventId);
    }

    /** Open seat offers whose claim deadline falls within ({@code from}, {@code until}]. */
    public List<Registration> offersClaimableUntilBetween(Instant from, Instant until) {
        return list("status = ?1 and claimBy > ?2 and claimBy <= ?3", Registration.OFFERED, from, until);
    }

    public long deleteOf(String memberId) {
        return delete("memberId", memberId);
    }
}
