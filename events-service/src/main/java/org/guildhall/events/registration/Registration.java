package org.guildhall.events.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.events.AttendanceRecorded;
import org.guildhall.contracts.events.RegistrationCancelled;
import org.guildhall.contracts.events.RegistrationConfirmed;
import org.guildhall.contracts.events.RegistrationWaitlisted;
import org.guildhall.contracts.events.SeatOfferExpired;
import org.guildhall.contracts.events.SeatOffered;
import org.guildhall.events.event.Event;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.kit.problem.ProblemException;

/** A member's place at an event: a seat, a place on the waitlist, or a seat offered to claim. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    /** The order of arrival within the event; the waitlist is served by it. */
    private long arrival;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "claim_by")
    private Instant claimBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "check_in_code")
    private String checkInCode;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "shares_attendance")
    private boolean sharesAttendance;

    @Version
    private long version;

    protected Registration() {}

    private static Registration arrive(
            Event event, String memberId, boolean sharesAttendance, Instant now, RegistrationStatus status) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.eventId = event.id();
        registration.memberId = memberId;
        registration.arrival = event.nextArrival();
        registration.registeredAt = now;
        registration.checkInCode = CheckInCode.next();
        registration.sharesAttendance = sharesAttendance;
        registration.status = status;
        return registration;
    }

    /** A member takes one of the event's free seats. */
    public static Registration confirmed(Event event, String memberId, boolean sharesAttendance, Instant now) {
        event.takeSeat();
        Registration registration = arrive(event, memberId, sharesAttendance, now, RegistrationStatus.CONFIRMED);
        registration.confirmedAt = now;
        return registration;
    }

    /**
     * The event is full: the member waits, behind everyone who arrived before; their position is then the event's
     * {@link Event#waitlisted()}.
     */
    public static Registration waitlisted(Event event, String memberId, boolean sharesAttendance, Instant now) {
        event.joinWaitlist();
        return arrive(event, memberId, sharesAttendance, now, RegistrationStatus.WAITLISTED);
    }

    /** The first on the waitlist gets a freed seat at once. */
    public void confirmFromWaitlist(Event event, Instant now) {
        requireStatus(RegistrationStatus.WAITLISTED, "be confirmed from the waitlist");
        event.takeSeat();
        event.leaveWaitlist();
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** The first on the waitlist is offered a freed seat, held for them until {@code claimBy}. */
    public void offer(Event event, Instant claimBy, Instant now) {
        requireStatus(RegistrationStatus.WAITLISTED, "be offered a seat");
        event.takeSeat();
        event.leaveWaitlist();
        status = RegistrationStatus.OFFERED;
        offeredAt = now;
        this.claimBy = claimBy;
    }

    /** The member takes the seat offered to them, in time: before its deadline and before the event, as it is now. */
    public void claim(Event event, Optional<MemberSnapshot> standing, Instant now) {
        if (status == RegistrationStatus.CONFIRMED) {
            return;
        }
        requireStatus(RegistrationStatus.OFFERED, "claim a seat");
        if (!now.isBefore(claimBy)) {
            throw ProblemException.conflict("seat-offer-expired", "The seat offer ran out at " + claimBy);
        }
        // the offer was made to the member as they stood then: the event and their standing decide as they are now
        event.requireClaimable(now);
        event.admitMember(standing);
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    /**
     * The event moved or its claim window changed: the offer's deadline is worked out again from when it was made.
     *
     * @return whether the deadline changed
     */
    public boolean reviseClaimDeadline(Event event) {
        requireStatus(RegistrationStatus.OFFERED, "have its claim deadline revised");
        Instant revised = event.claimDeadlineFor(offeredAt);
        if (revised.equals(claimBy)) {
            return false;
        }
        claimBy = revised;
        return true;
    }

    /** Nobody claimed the offered seat in time: it goes back to the event and this registration ends. */
    public void expireOffer(Event event, Instant now) {
        requireStatus(RegistrationStatus.OFFERED, "expire");
        if (now.isBefore(claimBy)) {
            throw new IllegalStateException("the offer of " + id + " runs until " + claimBy);
        }
        event.freeSeat();
        status = RegistrationStatus.OFFER_EXPIRED;
        endedAt = now;
    }

    public boolean isOfferOverdue(Instant now) {
        return status == RegistrationStatus.OFFERED && !now.isBefore(claimBy);
    }

    /**
     * The member (or a coordinator) cancels: a confirmed or offered seat goes back to the event, a waitlist place is
     * left.
     *
     * @return whether a seat was freed
     */
    public boolean cancel(Event event, EndReason reason, Instant now) {
        if (!status.isLive()) {
            throw ProblemException.conflict(
                    "registration-ended", "Registration " + id + " has already ended (" + status + ")");
        }
        boolean heldSeat = status.holdsSeat();
        if (reason != EndReason.EVENT_CANCELLED) { // a cancelled event gives back all its seats at once
            if (heldSeat) {
                event.freeSeat();
            } else if (status == RegistrationStatus.WAITLISTED) {
                event.leaveWaitlist();
            }
        }
        status = RegistrationStatus.CANCELLED;
        endReason = reason;
        endedAt = now;
        return heldSeat;
    }

    /**
     * The member is at the door.
     *
     * @return whether this is their first check-in
     */
    public boolean checkIn(Instant now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw ProblemException.conflict(
                    "not-confirmed", "Registration " + id + " is " + status + "; only confirmed registrants check in");
        }
        if (checkedInAt != null) {
            return false;
        }
        checkedInAt = now;
        return true;
    }

    public void shareAttendance(boolean share) {
        sharesAttendance = share;
    }

    /** The member was erased: this record keeps the seat history under a pseudonym. */
    public void eraseMember(String pseudonym) {
        memberId = pseudonym;
        sharesAttendance = false;
    }

    private void requireStatus(RegistrationStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.conflict(
                    "registration-not-"
                            + expected.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Registration " + id + " is " + status + " and cannot " + action);
        }
    }

    public RegistrationConfirmed confirmedEvent(Event event) {
        return new RegistrationConfirmed(
                id.toString(), eventId.toString(), memberId, event.title(), event.startsAt(), confirmedAt, checkInCode);
    }

    public RegistrationWaitlisted waitlistedEvent(Event event, int position) {
        return new RegistrationWaitlisted(
                id.toString(), eventId.toString(), memberId, event.title(), position, registeredAt);
    }

    public SeatOffered offeredEvent(Event event) {
        return new SeatOffered(id.toString(), eventId.toString(), memberId, event.title(), claimBy, offeredAt);
    }

    public SeatOfferExpired offerExpiredEvent(Event event) {
        return new SeatOfferExpired(id.toString(), eventId.toString(), memberId, event.title(), endedAt);
    }

    public RegistrationCancelled cancelledEvent(Event event) {
        return new RegistrationCancelled(
                id.toString(), eventId.toString(), memberId, event.title(), endReason.name(), endedAt);
    }

    public AttendanceRecorded attendanceEvent(Event event) {
        return new AttendanceRecorded(
                id.toString(), eventId.toString(), memberId, event.title(), sharesAttendance, checkedInAt);
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public String memberId() {
        return memberId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public long arrival() {
        return arrival;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant claimBy() {
        return claimBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public EndReason endReason() {
        return endReason;
    }

    public String checkInCode() {
        return checkInCode;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public boolean sharesAttendance() {
        return sharesAttendance;
    }
}
