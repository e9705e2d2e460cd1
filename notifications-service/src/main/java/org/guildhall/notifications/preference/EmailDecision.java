package org.guildhall.notifications.preference;

import java.time.Instant;

/** What a member's preferences make of one e-mail: send it now, hold it, batch it, or not send it at all. */
public record EmailDecision(Outcome outcome, Instant dueAt, String reason) {

    public enum Outcome {
        SEND_NOW,
        DEFER,
        BATCH,
        SUPPRESS
    }

    static EmailDecision sendAt(Instant now) {
        return new EmailDecision(Outcome.SEND_NOW, now, null);
    }

    static EmailDecision deferUntil(Instant quietHoursEnd) {
        return new EmailDecision(Outcome.DEFER, quietHoursEnd, "quiet hours");
    }

    static EmailDecision batchUntil(Instant digestAt) {
        return new EmailDecision(Outcome.BATCH, digestAt, "daily digest");
    }

    static EmailDecision suppress(String reason) {
        return new EmailDecision(Outcome.SUPPRESS, null, reason);
    }
}
