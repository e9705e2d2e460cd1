package org.guildhall.mentoring.mentorship;

import java.time.Instant;

/** A goal the pair works on, and when it was last marked as progressed (null if not yet). */
public record MentorshipGoal(String description, Instant progressedAt) {}
