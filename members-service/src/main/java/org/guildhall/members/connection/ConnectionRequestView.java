package org.guildhall.members.connection;

import java.time.Instant;
import java.util.UUID;

public record ConnectionRequestView(
        UUID id,
        String requesterId,
        String recipientId,
        String note,
        ConnectionRequest.Status status,
        Instant requestedAt) {

    static ConnectionRequestView of(ConnectionRequest request) {
        return new ConnectionRequestView(
                request.id(),
                request.requesterId(),
                request.recipientId(),
                request.note(),
                request.status(),
                request.requestedAt());
    }
}
