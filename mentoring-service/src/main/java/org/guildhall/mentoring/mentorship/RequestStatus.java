package org.guildhall.mentoring.mentorship;

public enum RequestStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    /** The mentee took it back before an answer. */
    WITHDRAWN
}
