package org.guildhall.mentoring.appreciation;

import java.time.Instant;

/** A nudge to thank someone after a completed session or interview the caller has not thanked them for yet. */
public record AppreciationPrompt(
        String toMemberId, AppreciationContext context, String contextId, Instant happenedAt) {}
