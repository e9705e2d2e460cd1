package org.guildhall.notifications.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who registered for which event and where that stands; kept from guildhall.events. */
@Entity
@Table(name = "event_registration")
public class Registration {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String OFFERED = "OFFERED";
    public static final String CANCELLED = "CANCELLED";
    public static final String OFFER_EXPIRED = "OFFER_EXPIRED";

    @Id
    @Column(name = "registration_id")
    private String registrationId;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "member_id")
    private String memberId;

    private String status;

    @Column(name = "claim_by")
    private Instant claimBy;

    private boolean attended;

    @Column(name = "shares_attendance")
    private boolean sharesAttendance;

    protected Registration() {}

    public static Registration of(String registrationId, String eventId, String memberId) {
        Registration registration = new Registration();
        registration.registrationId = registrationId;
        registration.eventId = eventId;
        registration.memberId = memberId;
        registration.status = WAITLISTED;
        return registration;
    }

    public void confirm() {
        status = CONFIRMED;
        claimBy = null;
    }

    public void waitlist() {
        status = WAITLISTED;
    }

    public void offerSeat(Instant claimBy) {
        status = OFFERED;
        this.claimBy = claimBy;
    }

    public void offerExpired() {
        status = OFFER_EXPIRED;
        claimBy = null;
    }

    public void cancel() {
        status = CANCELLED;
        claimBy = null;
    }

    /** Checked in; {@code shares} is the member's consent to be named to other attendees. */
    public void attend(boolean shares) {
        attended = true;
        sharesAttendance = shares;
    }

    public boolean isOffered() {
        return OFFERED.equals(status);
    }

    /** Registrants who still expect to hear about the event: holding a seat, offered one, or waiting. */
    public boolean isActive() {
        return CONFIRMED.equals(status) || OFFERED.equals(status) || WAITLISTED.equals(status);
    }

    public String registrationId() {
        return registrationId;
    }

    public String eventId() {
        return eventId;
    }

    public String memberId() {
        return memberId;
    }

    public String status() {
        return status;
    }

    public Instant claimBy() {
        return claimBy;
    }

    public boolean attended() {
        return attended;
    }

    public boolean sharesAttendance() {
        return sharesAttendance;
    }
}
