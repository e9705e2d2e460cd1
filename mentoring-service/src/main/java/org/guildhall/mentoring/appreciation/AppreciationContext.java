package org.guildhall.mentoring.appreciation;

/** What a thank-you is for. */
public enum AppreciationContext {
    MENTORSHIP,
    SESSION,
    INTERVIEW,
    EVENT,
    VOLUNTEER_SHIFT
}
