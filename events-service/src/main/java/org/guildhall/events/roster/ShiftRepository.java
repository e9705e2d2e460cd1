package org.guildhall.events.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.events.event.LockWaits;
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
        LockWaits.limit(getEntityManager(), lockTimeout);
        try {
            Shift shift = getEntityManager().find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
            if (shift == null || !shift.eventId().equals(eventId)) {
                throw ProblemException.notFound("shift", shiftId.toString());
            }
            return shift;
        } catch (PersistenceException e) {
            throw LockWaits.busyOr(e, "shift " + shiftId);
        }
    }

    /** Locks a shift this transaction has already read, and re-reads it, so its counts are current. */
    public void lock(Shift shift) {
        LockWaits.limit(getEntityManager(), lockTimeout);
        try {
            getEntityManager().refresh(shift, LockModeType.PESSIMISTIC_WRITE);
        } catch (PersistenceException e) {
            throw LockWaits.busyOr(e, "shift " + shift.id());
        }
    }

    /**
     * Serialises the sign-ups of one member, whatever the event, so two overlapping shifts cannot both be taken at
     * once. Always taken after the shift lock.
     */
    public void lockMember(String memberId) {
        LockWaits.limit(getEntityManager(), lockTimeout);
        try {
            getEntityManager()
                    .createNativeQuery("select 1 from (select pg_advisory_xact_lock(:class, hashtext(:member))) locked")
                    .setParameter("class", MEMBER_LOCK_CLASS)
                    .setParameter("member", memberId)
                    .getSingleResult();
        } catch (PersistenceException e) {
            throw LockWaits.busyOr(e, "member " + memberId);
        }
    }
}
