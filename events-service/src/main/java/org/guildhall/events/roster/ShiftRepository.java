package org.guildhall.events.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.persistence.RowLocks;
import org.guildhall.kit.problem.ProblemException;

@ApplicationScoped
public class ShiftRepository implements PanacheRepositoryBase<Shift, UUID> {

    /** The first half of the advisory lock key that serialises one member's sign-ups across all events. */
    private static final int MEMBER_LOCK_CLASS = 0x766f_6c75;

    private final Duration lockTimeout;

    ShiftRepository(@ConfigProperty(name = "guildhall.events.lock-timeout", defaultValue = "2s") Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public List<Shift> ofEvent(UUID eventId) {
        return list("eventId", Sort.by("startsAt").and("id"), eventId);
    }

    /** Locks the shift row for the transaction; a long wait is a 503. */
    public Shift lock(UUID eventId, UUID shiftId) {
        return RowLocks.lock(getEntityManager(), Shift.class, shiftId, lockTimeout, "shift " + shiftId)
                .filter(shift -> shift.eventId().equals(eventId))
                .orElseThrow(() -> ProblemException.notFound("shift", shiftId.toString()));
    }

    /** Locks a shift this transaction has already read, and re-reads it, so its counts are current. */
    public void lock(Shift shift) {
        RowLocks.relock(getEntityManager(), shift, lockTimeout, "shift " + shift.id());
    }

    /**
     * Serialises the sign-ups of one member, whatever the event, so two overlapping shifts cannot both be taken at
     * once. Always taken after the shift lock.
     */
    public void lockMember(String memberId) {
        RowLocks.lockKey(getEntityManager(), MEMBER_LOCK_CLASS, memberId, lockTimeout, "member " + memberId);
    }
}
