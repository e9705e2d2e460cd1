package org.guildhall.members.memberimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One import being applied, and its progress: rows done of the total, and how many were created, updated, left
 * unchanged or failed. The file itself is read and written only by {@link MemberImports} (it can be 50 MB).
 */
@Entity
@Table(name = "member_import")
public class MemberImport {

    @Id
    private UUID id;

    @Column(name = "file_sha256")
    private String fileSha256;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @Column(name = "rows_total")
    private int rowsTotal;

    @Column(name = "rows_done")
    private int rowsDone;

    private int created;
    private int updated;
    private int unchanged;
    private int failed;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected MemberImport() {}

    static MemberImport of(String fileSha256, int rows, String requestedBy, Instant now) {
        MemberImport started = new MemberImport();
        started.id = UUID.randomUUID();
        started.fileSha256 = fileSha256;
        started.status = rows == 0 ? ImportStatus.DONE : ImportStatus.RUNNING;
        started.rowsTotal = rows;
        started.requestedBy = requestedBy;
        started.requestedAt = now;
        started.finishedAt = rows == 0 ? now : null;
        return started;
    }

    /** A row applied (or found wrong); {@code rowsDone} moves on in the same transaction as its effect. */
    void rowDone(RowOutcome outcome) {
        rowsDone++;
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case FAILED -> failed++;
        }
    }

    void finish(Instant now) {
        status = ImportStatus.DONE;
        finishedAt = now;
    }

    enum RowOutcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        FAILED
    }

    public UUID id() {
        return id;
    }

    public ImportStatus status() {
        return status;
    }

    public int rowsTotal() {
        return rowsTotal;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int failed() {
        return failed;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
