package org.guildhall.mentoring.appreciation;

import java.time.Instant;
import java.util.UUID;

public record AppreciationView(
        UUID id,
        String fromMemberId,
        String toMemberId,
        AppreciationContext context,
        String contextId,
        String message,
        Instant sentAt) {

    static AppreciationView of(Appreciation appreciation) {
        return new AppreciationView(
                appreciation.id(),
                appreciation.fromMemberId(),
                appreciation.toMemberId(),
                appreciation.context(),
                appreciation.contextId(),
                appreciation.message(),
                appreciation.sentAt());
    }
}
