package org.guildhall.members.introduction;

import java.time.Instant;
import java.util.UUID;

public record IntroductionView(
        UUID id,
        String requesterId,
        String introducerId,
        String targetId,
        String reason,
        Introduction.Status status,
        boolean direct,
        Instant expiresAt,
        Instant createdAt) {

    static IntroductionView of(Introduction introduction) {
        return new IntroductionView(
                introduction.id(),
                introduction.requesterId(),
                introduction.introducerId(),
                introduction.targetId(),
                introduction.reason(),
                introduction.status(),
                introduction.direct(),
                introduction.expiresAt(),
                introduction.createdAt());
    }
}
