package org.guildhall.events.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    private static final List<RegistrationStatus> LIVE =
            List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.OFFERED);

    public Optional<Registration> findLive(UUID eventId, String memberId) {
        return find(
                        "eventId = :event and memberId = :member and status in :live",
                        Parameters.with("event", eventId)
                                .and("member", memberId)
                                .and("live", LIVE))
                .firstResultOptional();
    }

    public Optional<Registration> findInEvent(UUID eventId, UUID registrationId) {
        return findByIdOptional(registrationId).filter(found -> found.eventId().equals(eventId));
    }

    public Optional<Registration> findByCode(UUID eventId, String code) {
        return find("eventId = ?1 and checkInCode = ?2", eventId, code).firstResultOptional();
    }

    public Optional<Registration> firstWaiting(UUID eventId) {
        return find("eventId = ?1 and status = ?2", Sort.by("arrival"), eventId, RegistrationStatus.WAITLISTED)
                .firstResultOptional();
    }

    public List<Registration> waitlist(UUID eventId) {
        return list("eventId = ?1 and status = ?2", Sort.by("arrival"), eventId, RegistrationStatus.WAITLISTED);
    }

    /** 1 for the first in line. */
    public int positionOf(Registration registration) {
        return (int) count(
                "eventId = ?1 and status = ?2 and arrival <= ?3",
                registration.eventId(),
                RegistrationStatus.WAITLISTED,
                registration.arrival());
    }

    public List<Registration> live(UUID eventId) {
        return list(
                "eventId = :event and status in :live",
                Sort.by("arrival"),
                Parameters.with("event", eventId).and("live", LIVE));
    }

    public List<Registration> liveOfMember(String memberId) {
        return list(
                "memberId = :member and status in :live",
                Sort.by("registeredAt"),
                Parameters.with("member", memberId).and("live", LIVE));
    }

    public List<Registration> ofMember(String memberId) {
        return list("memberId", memberId);
    }

    public List<Registration> openOffers(UUID eventId) {
        return list("eventId = ?1 and status = ?2", Sort.by("arrival"), eventId, RegistrationStatus.OFFERED);
    }

    public List<UUID> eventsWithOverdueOffers(Instant now) {
        return find("status = ?1 and claimBy <= ?2", RegistrationStatus.OFFERED, now).stream()
                .map(Registration::eventId)
                .distinct()
                .toList();
    }

    public List<Registration> overdueOffers(UUID eventId, Instant now) {
        return list(
                "eventId = ?1 and status = ?2 and claimBy <= ?3",
                Sort.by("arrival"),
                eventId,
                RegistrationStatus.OFFERED,
                now);
    }

    public io.quarkus.hibernate.orm.panache.PanacheQuery<Registration> ofEvent(
            UUID eventId, RegistrationStatus status) {
        return status == null
                ? find("eventId", Sort.by("arrival"), eventId)
                : find("eventId = ?1 and status = ?2", Sort.by("arrival"), eventId, status);
    }

    public List<Registration> attendees(UUID eventId) {
        return list(
                "eventId = ?1 and checkedInAt is not null",
                Sort.by("checkedInAt").and("arrival"),
                eventId);
    }
}
