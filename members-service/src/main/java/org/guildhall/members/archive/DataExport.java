package org.guildhall.members.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's request for a copy of their data: collecting the services' parts, then an archive they may download
 * until it expires. The archive itself is read and written only by {@link DataExports}.
 */
@Entity
@Table(name = "member_data_export")
public class DataExport {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private ExportStatus status;

    @Column(name = "private_key")
    private String privateKey;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected DataExport() {}

    static DataExport requestedBy(String memberId, String privateKey, Duration waitFor, Instant now) {
        DataExport export = new DataExport();
        export.id = UUID.randomUUID();
        export.memberId = memberId;
        export.status = ExportStatus.COLLECTING;
        export.privateKey = privateKey;
        export.requestedAt = now;
        export.expiresAt = now.plus(waitFor);
        return export;
    }

    /** Assembled: the key that opened the parts goes, and the archive can be downloaded for {@code availableFor}. */
    void assembled(Duration availableFor, Instant now) {
        status = ExportStatus.READY;
        privateKey = null;
        readyAt = now;
        expiresAt = now.plus(availableFor);
    }

    public UUID id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public ExportStatus status() {
        return status;
    }

    String privateKey() {
        return privateKey;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant readyAt() {
        return readyAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
