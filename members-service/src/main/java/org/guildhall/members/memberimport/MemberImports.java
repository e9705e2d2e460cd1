package org.guildhall.members.memberimport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.membership.MembershipRegister;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Member imports as resources (issue 16): {@link #start} reads the whole file (so that what makes it unreadable is a
 * 400 at once), keeps it and answers the import; the {@link ImportWorker} applies its rows in batches, each batch in
 * one transaction that also moves {@code rows_done} on, so a restart resumes where the last commit left off and no
 * row is ever half applied.
 */
@ApplicationScoped
public class MemberImports implements PanacheRepositoryBase<MemberImport, UUID> {

    /** Imports apply one batch at a time across replicas, so two imports never create the same e-mail twice. */
    private static final long IMPORT_LOCK = 0x696d_706f_7274L;

    static final int FIRST_PROBLEMS = 100;

    private final EntityManager entityManager;
    private final MembershipRegister register;
    private final Clock clock;

    MemberImports(EntityManager entityManager, MembershipRegister register, Clock clock) {
        this.entityManager = entityManager;
        this.register = register;
        this.clock = clock;
    }

    /**
     * Starts applying {@code file}. The same file while an import of it is still running answers that import (a
     * second click, a retried request); once it is done, the same file again is a new import whose rows all find
     * nothing to change.
     */
    @Transactional
    public MemberImport start(byte[] file, String adminId) {
        ImportFile read = ImportFile.read(file, tiers());
        String sha256 = sha256(file);
        Optional<MemberImport> running = find("fileSha256 = ?1 and status = ?2", sha256, ImportStatus.RUNNING)
                .firstResultOptional();
        if (running.isPresent()) {
            return running.get();
        }
        MemberImport started = MemberImport.of(sha256, read.rows().size(), adminId, now());
        persist(started);
        flush();
        if (started.status() == ImportStatus.RUNNING) {
            entityManager
                    .createNativeQuery("update member_import set file = ?1 where id = ?2")
                    .setParameter(1, file)
                    .setParameter(2, started.id())
                    .executeUpdate();
        }
        return started;
    }

    @Transactional
    public ImportProgress progress(UUID id) {
        MemberImport memberImport = require(id);
        return ImportProgress.of(memberImport, problemCount(id), problemsFrom(id, 0, FIRST_PROBLEMS));
    }

    @Transactional
    public Page<ImportProblem> problems(UUID id, int page, int size) {
        require(id);
        return new Page<>(problemsFrom(id, page * size, size), page, size, problemCount(id));
    }

    // ---- the worker's steps, each in the transaction the worker opens ----

    /** Takes the oldest running import whose lease ran out (or that nobody holds) for {@code lease}. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> takeNext(Duration lease) {
        Instant now = now();
        List<?> found = entityManager
                .createNativeQuery(
                        """
                        select id from member_import
                        where status = 'RUNNING' and (lease_until is null or lease_until < ?1)
                        order by requested_at limit 1 for update skip locked
                        """)
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UUID id = (UUID) found.get(0);
        renew(id, lease);
        return Optional.of(id);
    }

    /** The file and how many of its rows are done. */
    @Transactional(Transactional.TxType.MANDATORY)
    Pending pending(UUID id) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select file, rows_done from member_import where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return new Pending((byte[]) row[0], ((Number) row[1]).intValue());
    }

    record Pending(byte[] file, int rowsDone) {}

    /** The tier codes that exist, for reading a file. */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> tiers() {
        return entityManager
                .createQuery("select t.code from Tier t", String.class)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /**
     * Applies {@code rows} (the next ones of import {@code id}): a row with problems is reported, a row whose e-mail
     * matches a member (not erased, without regard to case) updates them where it changes something, any other row
     * creates a member.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void apply(UUID id, int from, List<ImportRow> rows, Duration lease) {
        MemberImport memberImport = takeTurn(id, from);
        Map<String, String> existing = membersByEmail(
                rows.stream().filter(ImportRow::isValid).map(ImportRow::email).toList());
        for (ImportRow row : rows) {
            if (!row.isValid()) {
                row.problems().forEach(problem -> report(id, problem));
                memberImport.rowDone(MemberImport.RowOutcome.FAILED);
                continue;
            }
            String memberId = existing.get(row.email());
            if (memberId == null) {
                register.importMember("imported-" + UUID.randomUUID(), row.membership());
                memberImport.rowDone(MemberImport.RowOutcome.CREATED);
            } else if (register.applyImport(memberId, row.membership(), memberImport.requestedBy())) {
                memberImport.rowDone(MemberImport.RowOutcome.UPDATED);
            } else {
                memberImport.rowDone(MemberImport.RowOutcome.UNCHANGED);
            }
        }
        renew(id, lease);
    }

    /** A row that could not be applied: reported, and counted as done, with nothing of it written. */
    @Transactional(Transactional.TxType.MANDATORY)
    void failed(UUID id, int from, ImportRow row, String why) {
        MemberImport memberImport = takeTurn(id, from);
        report(id, new ImportProblem(row.row(), null, why));
        memberImport.rowDone(MemberImport.RowOutcome.FAILED);
    }

    /**
     * Waits for the turn of this import's next batch (one batch of any import at a time), and checks that the import
     * is still where this worker left it: when another replica took it over (this one's lease ran out), it stops.
     */
    private MemberImport takeTurn(UUID id, int from) {
        entityManager
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked")
                .setParameter(1, IMPORT_LOCK)
                .getSingleResult();
        MemberImport memberImport = require(id);
        if (memberImport.rowsDone() != from || memberImport.status() != ImportStatus.RUNNING) {
            throw new LeaseLost();
        }
        return memberImport;
    }

    /** Another worker applies this import now (or it is done): this one stops. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("another worker took the import over", null, false, false);
        }
    }

    /** All rows done: the file goes (it holds personal data nobody needs any more). */
    @Transactional(Transactional.TxType.MANDATORY)
    void finish(UUID id) {
        MemberImport memberImport = require(id);
        memberImport.finish(now());
        flush();
        entityManager
                .createNativeQuery("update member_import set file = null, lease_until = null where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    private void renew(UUID id, Duration lease) {
        entityManager
                .createNativeQuery("update member_import set lease_until = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(now().plus(lease)))
                .setParameter(2, id)
                .executeUpdate();
    }

    private Map<String, String> membersByEmail(List<String> emails) {
        Map<String, String> found = new HashMap<>();
        if (emails.isEmpty()) {
            return found;
        }
        List<?> rows = entityManager
                .createNativeQuery(
                        "select lower(email), id from member where erased_at is null and lower(email) in (:emails)")
                .setParameter("emails", emails)
                .getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            found.putIfAbsent((String) row[0], (String) row[1]);
        }
        return found;
    }

    private void report(UUID id, ImportProblem problem) {
        entityManager
                .createNativeQuery(
                        "insert into member_import_problem (import_id, row_number, column_name, message) values (?1, ?2, ?3, ?4)")
                .setParameter(1, id)
                .setParameter(2, problem.row())
                .setParameter(3, new TypedParameterValue<>(StandardBasicTypes.STRING, problem.column()))
                .setParameter(4, truncated(problem.message()))
                .executeUpdate();
    }

    private long problemCount(UUID id) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from member_import_problem where import_id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
    }

    private List<ImportProblem> problemsFrom(UUID id, int offset, int limit) {
        List<?> rows = entityManager
                .createNativeQuery(
                        """
                        select row_number, column_name, message from member_import_problem
                        where import_id = ?1 order by row_number, column_name nulls last, message
                        offset ?2 limit ?3
                        """)
                .setParameter(1, id)
                .setParameter(2, offset)
                .setParameter(3, limit)
                .getResultList();
        List<ImportProblem> problems = new ArrayList<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            problems.add(new ImportProblem(((Number) row[0]).intValue(), (String) row[1], (String) row[2]));
        }
        return problems;
    }

    private MemberImport require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("import", id.toString()));
    }

    private static String truncated(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
