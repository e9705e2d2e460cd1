package org.guildhall.events.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.kit.problem.ProblemException;

/** A member's place on a shift, or in its waitlist. */
@Entity
@Table(name = "volunteer_place")
public class VolunteerPlace {

    @Id
    private UUID id;

    @Column(name = "shift_id")
    private UUID shiftId;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private PlaceStatus status;

    private long arrival;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    private BigDecimal hours;

    protected VolunteerPlace() {}

    static VolunteerPlace arrive(
            UUID shiftId, String memberId, long arrival, PlaceStatus status, String assignedBy, Instant now) {
        VolunteerPlace place = new VolunteerPlace();
        place.id = UUID.randomUUID();
        place.shiftId = shiftId;
        place.memberId = memberId;
        place.arrival = arrival;
        place.status = status;
        place.assignedBy = assignedBy;
        place.joinedAt = now;
        return place;
    }

    void promote(Instant now) {
        require(PlaceStatus.WAITLISTED, "move up from the waitlist");
        status = PlaceStatus.ASSIGNED;
        joinedAt = now;
    }

    /** @return whether it held a place on the shift (rather than a waitlist spot) */
    boolean release(Instant now) {
        if (status != PlaceStatus.ASSIGNED && status != PlaceStatus.WAITLISTED) {
            throw ProblemException.conflict(
                    "place-ended", "Volunteer place " + id + " has already ended (" + status + ")");
        }
        boolean held = status == PlaceStatus.ASSIGNED;
        status = PlaceStatus.RELEASED;
        endedAt = now;
        return held;
    }

    void complete(BigDecimal hours, Instant now) {
        require(PlaceStatus.ASSIGNED, "be completed");
        status = PlaceStatus.COMPLETED;
        this.hours = hours;
        endedAt = now;
    }

    void eraseMember(String pseudonym) {
        memberId = pseudonym;
    }

    private void require(PlaceStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.conflict(
                    "place-not-" + expected.name().toLowerCase(java.util.Locale.ROOT),
                    "Volunteer place " + id + " is " + status + " and cannot " + action);
        }
    }

    public boolean isLive() {
        return status == PlaceStatus.ASSIGNED || status == PlaceStatus.WAITLISTED;
    }

    public UUID id() {
        return id;
    }

    public UUID shiftId() {
        return shiftId;
    }

    public String memberId() {
        return memberId;
    }

    public PlaceStatus status() {
        return status;
    }

    public long arrival() {
        return arrival;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public BigDecimal hours() {
        return hours;
    }
}
