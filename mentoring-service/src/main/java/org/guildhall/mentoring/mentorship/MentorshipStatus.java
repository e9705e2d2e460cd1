package org.guildhall.mentoring.mentorship;

public enum MentorshipStatus {
    ACTIVE,
    COMPLETED,
    ENDED
}
