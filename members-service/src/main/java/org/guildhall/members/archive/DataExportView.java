package org.guildhall.members.archive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member's data archive as they poll it: {@code COLLECTING} while {@code waitingFor} names services whose part is not
 * in yet, then {@code READY} with the archive at {@code /members/me/data-exports/{id}/archive} until {@code expiresAt}.
 */
public record DataExportView(
        UUID id,
        ExportStatus status,
        List<String> received,
        List<String> waitingFor,
        Instant requestedAt,
        Instant readyAt,
        Instant expiresAt) {}
