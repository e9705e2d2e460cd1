package org.guildhall.mentoring.cohort;

import java.time.Instant;

/** A member enrolled in a programme, as a mentor (with the capacity they give it) or a mentee. */
public record Enrolment(String memberId, Role role, int capacity, Instant enrolledAt) {

    public enum Role {
        MENTOR,
        MENTEE
    }
}
