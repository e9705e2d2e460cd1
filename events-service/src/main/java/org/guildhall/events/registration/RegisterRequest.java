package org.guildhall.events.registration;

/** A member registers; they may opt in now to share their attendance with fellow attendees. The body is optional. */
public record RegisterRequest(Boolean shareAttendance) {

    boolean sharing() {
        return Boolean.TRUE.equals(shareAttendance);
    }
}
