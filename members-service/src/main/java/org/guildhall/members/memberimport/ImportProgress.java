package org.guildhall.members.memberimport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its caller polls it: {@code RUNNING} until {@code rowsDone} reaches {@code rows}, then {@code DONE};
 * the counts of rows created, updated, left unchanged (nothing to change: a file applied twice) and failed, and the
 * first problems by row ({@code problemCount} in all; every one through {@code /problems}).
 */
public record ImportProgress(
        UUID id,
        ImportStatus status,
        int rows,
        int rowsDone,
        int created,
        int updated,
        int unchanged,
        int failed,
        Instant requestedAt,
        Instant finishedAt,
        long problemCount,
        List<ImportProblem> problems) {

    static ImportProgress of(MemberImport memberImport, long problemCount, List<ImportProblem> firstProblems) {
        return new ImportProgress(
                memberImport.id(),
                memberImport.status(),
                memberImport.rowsTotal(),
                memberImport.rowsDone(),
                memberImport.created(),
                memberImport.updated(),
                memberImport.unchanged(),
                memberImport.failed(),
                memberImport.requestedAt(),
                memberImport.finishedAt(),
                problemCount,
                firstProblems);
    }
}
