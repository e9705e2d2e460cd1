package org.guildhall.mentoring.mentorship;

public enum RequestStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
