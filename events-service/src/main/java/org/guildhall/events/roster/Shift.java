package org.guildhall.events.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.events.time.StoredInstants;
import org.guildhall.kit.problem.ProblemException;

/**
 * A stretch of time for which a role needs a number of volunteers. Places change only with the shift row locked, so
 * {@code taken} never passes {@code needed} and the waitlist keeps arrival order.
 */
@Entity
@Table(name = "shift")
public class Shift {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "role_id")
    private UUID roleId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private int needed;
    private int taken;

    @Column(name = "next_arrival")
    private long nextArrival;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Shift() {}

    public static Shift plan(UUID eventId, UUID roleId, Instant startsAt, Instant endsAt, int needed) {
        requireEndAfterStart(startsAt, endsAt);
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.eventId = eventId;
        shift.roleId = roleId;
        shift.startsAt = StoredInstants.stored(startsAt);
        shift.endsAt = StoredInstants.stored(endsAt);
        shift.needed = needed;
        shift.nextArrival = 1;
        return shift;
    }

    /**
     * A coordinator changes the shift: its role, times and the volunteers it needs. A completed shift stays as it was
     * (409 {@code shift-completed}); it never needs fewer than the volunteers holding places on it (409
     * {@code fewer-places-than-volunteers}: release some first). Whether a moved shift clashes with its volunteers'
     * other shifts is the roster's to check, across events.
     *
     * @return whether its start or end moved
     */
    boolean change(UUID roleId, Instant startsAt, Instant endsAt, int needed) {
        requireOpen();
        requireEndAfterStart(startsAt, endsAt);
        if (needed < taken) {
            throw ProblemException.onField(
                    "fewer-places-than-volunteers",
                    409,
                    "needed",
                    taken + (taken == 1 ? " volunteer holds a place" : " volunteers hold places")
                            + " on this shift, so it cannot need fewer than " + taken + "; release volunteers first");
        }
        Instant start = StoredInstants.stored(startsAt);
        Instant end = StoredInstants.stored(endsAt);
        boolean moved = !start.equals(this.startsAt) || !end.equals(this.endsAt);
        this.roleId = roleId;
        this.startsAt = start;
        this.endsAt = end;
        this.needed = needed;
        return moved;
    }

    private static void requireEndAfterStart(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.onField("invalid-schedule", 400, "endsAt", "must be after startsAt");
        }
    }

    /** A member joins the shift: a place while one is open, else the end of its waitlist. */
    VolunteerPlace take(String memberId, String assignedBy, Instant now) {
        requireOpen();
        PlaceStatus status = taken < needed ? PlaceStatus.ASSIGNED : PlaceStatus.WAITLISTED;
        if (status == PlaceStatus.ASSIGNED) {
            taken++;
        }
        return VolunteerPlace.arrive(id, memberId, nextArrival++, status, assignedBy, now);
    }

    void release(VolunteerPlace place, Instant now) {
        if (place.release(now)) {
            taken--;
        }
    }

    void promote(VolunteerPlace place, Instant now) {
        if (!hasOpenPlace()) {
            throw new IllegalStateException("shift " + id + " is full");
        }
        place.promote(now);
        taken++;
    }

    /** The shift took place: its volunteers are credited with its length in hours. */
    BigDecimal complete(Instant now) {
        requireOpen();
        if (now.isBefore(endsAt)) {
            throw ProblemException.conflict("shift-not-over", "The shift has not ended yet");
        }
        completedAt = now;
        return hours();
    }

    public BigDecimal hours() {
        return BigDecimal.valueOf(Duration.between(startsAt, endsAt).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && endsAt.isAfter(otherStart);
    }

    void requireOpen() {
        if (completedAt != null) {
            throw ProblemException.conflict("shift-completed", "The shift is completed already");
        }
    }

    public boolean hasBegun(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt);
    }

    public boolean hasOpenPlace() {
        return taken < needed;
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID roleId() {
        return roleId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int needed() {
        return needed;
    }

    public int taken() {
        return taken;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
