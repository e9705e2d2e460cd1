package org.guildhall.members.memberimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Applies running imports in the background (issue 16). A request could not hold 200,000 rows in one transaction nor
 * wait for them, so the upload answers at once and this worker applies the rows in batches: each batch commits its
 * members, their outbox events and the import's progress together. A batch that fails is applied again row by row, each
 * in its own transaction, so one bad row is reported and the others go on. An import is held by one replica at a time
 * through a lease that each batch renews; when a replica stops, another takes the import over once the lease ran out,
 * from the last committed batch.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final MemberImports imports;
    private final int batchSize;
    private final Duration lease;

    ImportWorker(
            MemberImports imports,
            @ConfigProperty(name = "guildhall.import.batch-size", defaultValue = "250") int batchSize,
            @ConfigProperty(name = "guildhall.import.lease", defaultValue = "2m") Duration lease) {
        this.imports = imports;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    @Scheduled(
            every = "${guildhall.import.poll-every:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        Optional<UUID> next;
        while ((next = QuarkusTransaction.requiringNew().call(() -> imports.takeNext(lease))).isPresent()) {
            apply(next.get());
        }
    }

    void apply(UUID id) {
        List<ImportRow> rows;
        int done;
        try {
            var pending = QuarkusTransaction.requiringNew().call(() -> imports.pending(id));
            var tiers = QuarkusTransaction.requiringNew().call(imports::tiers);
            rows = ImportFile.read(pending.file(), tiers).rows();
            done = pending.rowsDone();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s cannot be read any more; it ends here", id);
            QuarkusTransaction.requiringNew().run(() -> imports.finish(id));
            return;
        }
        try {
            for (int from = done; from < rows.size(); from += batchSize) {
                int start = from;
                List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
                try {
                    QuarkusTransaction.requiringNew().run(() -> imports.apply(id, start, batch, lease));
                } catch (RuntimeException batchFailed) {
                    if (causedBy(batchFailed, MemberImports.LeaseLost.class).isPresent()) {
                        throw batchFailed;
                    }
                    for (int i = 0; i < batch.size(); i++) {
                        applyAlone(id, start + i, batch.get(i));
                    }
                }
            }
            QuarkusTransaction.requiringNew().run(() -> imports.finish(id));
        } catch (RuntimeException e) {
            if (causedBy(e, MemberImports.LeaseLost.class).isEmpty()) {
                throw e;
            }
            LOG.infof("Import %s: another worker took it over", id);
        }
    }

    private void applyAlone(UUID id, int index, ImportRow row) {
        try {
            QuarkusTransaction.requiringNew().run(() -> imports.apply(id, index, List.of(row), lease));
        } catch (RuntimeException e) {
            if (causedBy(e, MemberImports.LeaseLost.class).isPresent()) {
                throw e;
            }
            String why = causedBy(e, ProblemException.class)
                    .map(problem -> "was not applied: " + problem.problem().detail())
                    .orElse("was not applied: the database refused it; nothing of the row was written");
            LOG.warnf(e, "Import %s: row %d failed", id, row.row());
            QuarkusTransaction.requiringNew().run(() -> imports.failed(id, index, row, why));
        }
    }

    private static <T extends Throwable> Optional<T> causedBy(Throwable failure, Class<T> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return Optional.of(kind.cast(cause));
            }
        }
        return Optional.empty();
    }
}
