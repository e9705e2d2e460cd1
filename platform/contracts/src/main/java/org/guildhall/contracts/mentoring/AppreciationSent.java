package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** A member thanked another for a mentorship, session, interview, event or shift. */
public record AppreciationSent(
        String appreciationId,
        String fromMemberId,
        String toMemberId,
        String context,
        String contextId,
        String message,
        Instant sentAt) {}
