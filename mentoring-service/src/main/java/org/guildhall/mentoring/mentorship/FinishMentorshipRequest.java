package org.guildhall.mentoring.mentorship;

import jakarta.validation.constraints.Size;

/** Completing or ending a mentorship, with optional feedback (and a reason, when ending early). */
public record FinishMentorshipRequest(@Size(max = 500) String reason, @Size(max = 2000) String feedback) {}
