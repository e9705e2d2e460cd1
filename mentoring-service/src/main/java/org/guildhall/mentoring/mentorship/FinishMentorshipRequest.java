package org.guildhall.mentoring.mentorship;

import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

/** Completing or ending a mentorship, with optional feedback (and a reason, when ending early). */
public record FinishMentorshipRequest(
        @Size(max = 500) @MultiLine String reason, @Size(max = 2000) @MultiLine String feedback) {}
