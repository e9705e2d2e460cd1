package org.guildhall.events.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VolunteerPlaceRepository implements PanacheRepositoryBase<VolunteerPlace, UUID> {

    private static final List<PlaceStatus> LIVE = List.of(PlaceStatus.ASSIGNED, PlaceStatus.WAITLISTED);

    public Optional<VolunteerPlace> findLive(UUID shiftId, String memberId) {
        return find(
                        "shiftId = :shift and memberId = :member and status in :live",
                        Parameters.with("shift", shiftId)
                                .and("member", memberId)
                                .and("live", LIVE))
                .firstResultOptional();
    }

    public List<VolunteerPlace> ofShift(UUID shiftId, PlaceStatus status) {
        return list("shiftId = ?1 and status = ?2", Sort.by("arrival"), shiftId, status);
    }

    public List<VolunteerPlace> liveOfShift(UUID shiftId) {
        return list(
                "shiftId = :shift and status in :live",
                Sort.by("arrival"),
                Parameters.with("shift", shiftId).and("live", LIVE));
    }

    public List<VolunteerPlace> liveOfMember(String memberId) {
        return list(
                "memberId = :member and status in :live",
                Parameters.with("member", memberId).and("live", LIVE));
    }

    public List<VolunteerPlace> ofMember(String memberId) {
        return list("memberId", memberId);
    }

    /** The shifts, other than {@code shift}, that the member holds and that overlap it, in any event. */
    public List<Shift> overlappingShiftsHeldBy(String memberId, Shift shift) {
        return getEntityManager()
                .createQuery(
                        "select s from Shift s, VolunteerPlace p where p.shiftId = s.id and p.memberId = :member"
                                + " and p.status = :assigned and s.id <> :shift and s.startsAt < :end"
                                + " and s.endsAt > :start order by s.startsAt",
                        Shift.class)
                .setParameter("member", memberId)
                .setParameter("assigned", PlaceStatus.ASSIGNED)
                .setParameter("shift", shift.id())
                .setParameter("start", shift.startsAt())
                .setParameter("end", shift.endsAt())
                .getResultList();
    }

    /** The shifts the member holds, in every event, for their calendar. */
    public List<Shift> shiftsHeldBy(String memberId) {
        return getEntityManager()
                .createQuery(
                        "select s from Shift s, VolunteerPlace p where p.shiftId = s.id and p.memberId = :member"
                                + " and p.status = :assigned order by s.startsAt",
                        Shift.class)
                .setParameter("member", memberId)
                .setParameter("assigned", PlaceStatus.ASSIGNED)
                .getResultList();
    }
}
