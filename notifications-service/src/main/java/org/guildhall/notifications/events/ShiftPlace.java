package org.guildhall.notifications.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member's place on a volunteer shift; kept from guildhall.events. */
@Entity
@Table(name = "shift_place")
public class ShiftPlace {

    public static final String SIGNED_UP = "SIGNED_UP";
    public static final String RELEASED = "RELEASED";
    public static final String COMPLETED = "COMPLETED";

    @EmbeddedId
    private Key key;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "role_name")
    private String roleName;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String status;

    protected ShiftPlace() {}

    public static ShiftPlace signUp(
            String shiftId, String memberId, String eventId, String roleName, Instant startsAt, Instant endsAt) {
        ShiftPlace place = new ShiftPlace();
        place.key = new Key(shiftId, memberId);
        place.eventId = eventId;
        place.signUpAgain(roleName, startsAt, endsAt);
        return place;
    }

    public void signUpAgain(String roleName, Instant startsAt, Instant endsAt) {
        this.roleName = roleName;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = SIGNED_UP;
    }

    /** The shift moved (or its role was renamed with it): the place follows, and so does its reminder. */
    public void reschedule(String roleName, Instant startsAt, Instant endsAt) {
        this.roleName = roleName;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void release() {
        status = RELEASED;
    }

    public void complete() {
        status = COMPLETED;
    }

    public boolean isHeld() {
        return SIGNED_UP.equals(status);
    }

    public String shiftId() {
        return key.shiftId;
    }

    public String memberId() {
        return key.memberId;
    }

    public String eventId() {
        return eventId;
    }

    public String roleName() {
        return roleName;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String status() {
        return status;
    }

    /** A shift and one of its volunteers. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "shift_id")
        String shiftId;

        @Column(name = "member_id")
        String memberId;

        protected Key() {}

        public Key(String shiftId, String memberId) {
            this.shiftId = shiftId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && shiftId.equals(that.shiftId) && memberId.equals(that.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shiftId, memberId);
        }
    }
}
