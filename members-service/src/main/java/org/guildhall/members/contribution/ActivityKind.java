package org.guildhall.members.contribution;

/** What a member did or gave, as the platform saw it. */
public enum ActivityKind {
    EVENT_ATTENDED,
    VOLUNTEER_HOURS,
    MENTEE_MENTORED,
    MENTORSHIP_STARTED,
    INTERVIEW_GIVEN,
    APPRECIATION_RECEIVED,
    CONNECTION_MADE
}
