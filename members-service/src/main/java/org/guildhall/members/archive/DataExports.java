package org.guildhall.members.archive;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.KeyPair;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guildhall.contracts.SealedData;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.archive.PersonalData;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.membership.MemberErasure;

/**
 * A member's own data as one archive (issue 16), collected over Kafka because services never call each other on a
 * request path: a request publishes {@code MemberDataRequested} with a public key of its own; each other service
 * answers with its part sealed with that key ({@code MemberDataCollected} on its topic); when every part named in
 * {@code guildhall.member-data.services} is in, the archive is assembled here (one JSON per service in a ZIP, this
 * service's own part collected at that moment), the private key and the sealed parts go, and the member may download
 * it until it expires.
 */
@ApplicationScoped
public class DataExports implements PanacheRepositoryBase<DataExport, UUID> {

    static final String SELF = "members-service";

    /** Not about the member, or not theirs to take: the archive's own tables and the administrators' import files. */
    private static final Set<String> LEFT_OUT =
            Set.of("member_data_export", "member_data_part", "member_import", "member_import_problem");

    private final Outbox outbox;
    private final PersonalData personalData;
    private final ArchiveSettings settings;
    private final Clock clock;

    DataExports(Outbox outbox, PersonalData personalData, ArchiveSettings settings, Clock clock) {
        this.outbox = outbox;
        this.personalData = personalData;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public DataExport request(String memberId) {
        if (count("memberId = ?1 and status = ?2", memberId, ExportStatus.COLLECTING) > 0) {
            throw ProblemException.conflict(
                    "archive-in-progress", "Your archive is being collected; wait until it is ready");
        }
        Instant now = now();
        KeyPair keys = SealedData.newKeyPair();
        DataExport export = DataExport.requestedBy(
                memberId, SealedData.privateKeyText(keys.getPrivate()), settings.availableFor(), now);
        persist(export);
        outbox.record(
                MembershipEvents.MEMBER_DATA_REQUESTED,
                memberId,
                new MemberDataRequested(
                        export.id().toString(), memberId, SealedData.publicKeyText(keys.getPublic()), now));
        if (settings.services().isEmpty()) {
            assemble(export);
        }
        return export;
    }

    @Transactional
    public DataExportView view(String memberId, UUID id) {
        DataExport export = mine(memberId, id);
        List<String> received = new ArrayList<>();
        List<String> waitingFor = new ArrayList<>();
        if (export.status() == ExportStatus.READY) {
            received.add(SELF);
            received.addAll(settings.services());
        } else {
            List<String> parts = parts(id).keySet().stream().toList();
            received.addAll(parts);
            waitingFor.add(SELF);
            settings.services().stream()
                    .filter(service -> !parts.contains(service))
                    .forEach(waitingFor::add);
        }
        return new DataExportView(
                export.id(),
                export.status(),
                received,
                waitingFor,
                export.requestedAt(),
                export.readyAt(),
                export.expiresAt());
    }

    @Transactional
    public byte[] archive(String memberId, UUID id) {
        DataExport export = mine(memberId, id);
        if (export.status() != ExportStatus.READY) {
            throw ProblemException.conflict(
                    "archive-not-ready", "Your archive is still being collected; ask again in a moment");
        }
        return (byte[]) getEntityManager()
                .createNativeQuery("select archive from member_data_export where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    }

    /**
     * A service's sealed part arrived; a part for an unknown, someone else's or finished request is dropped (it can be
     * read by nobody). The request is locked, so two parts arriving at once cannot both miss the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void partCollected(String exportId, String memberId, String service, String sealed) {
        UUID id;
        try {
            id = UUID.fromString(exportId);
        } catch (IllegalArgumentException e) {
            return;
        }
        DataExport export = getEntityManager().find(DataExport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (export == null
                || !export.memberId().equals(memberId)
                || export.status() != ExportStatus.COLLECTING
                || !settings.services().contains(service)) {
            return;
        }
        getEntityManager()
                .createNativeQuery(
                        """
                        insert into member_data_part (export_id, service, sealed, received_at) values (?1, ?2, ?3, ?4)
                        on conflict do nothing
                        """)
                .setParameter(1, id)
                .setParameter(2, service)
                .setParameter(3, sealed)
                .setParameter(4, Timestamp.from(now()))
                .executeUpdate();
        if (parts(id).keySet().containsAll(settings.services())) {
            assemble(export);
        }
    }

    /** Deletes archives and requests past their time; returns how many. */
    @Transactional
    public int expire() {
        return (int) delete("expiresAt < ?1", now());
    }

    /** An erased member's archives go with them. */
    void onErasure(@Observes MemberErasure erasure) {
        delete("memberId", erasure.memberId());
    }

    private void assemble(DataExport export) {
        Instant now = now();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            add(zip, SELF + ".json", personalData.about(export.memberId(), LEFT_OUT, now));
            for (Map.Entry<String, String> part : parts(export.id()).entrySet()) {
                add(zip, part.getKey() + ".json", SealedData.open(part.getValue(), export.privateKey()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write the archive", e);
        }
        export.assembled(settings.availableFor(), now);
        flush();
        getEntityManager()
                .createNativeQuery("update member_data_export set archive = ?1 where id = ?2")
                .setParameter(1, archive.toByteArray())
                .setParameter(2, export.id())
                .executeUpdate();
        getEntityManager()
                .createNativeQuery("delete from member_data_part where export_id = ?1")
                .setParameter(1, export.id())
                .executeUpdate();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private Map<String, String> parts(UUID id) {
        Map<String, String> parts = new LinkedHashMap<>();
        List<?> rows = getEntityManager()
                .createNativeQuery("select service, sealed from member_data_part where export_id = ?1 order by service")
                .setParameter(1, id)
                .getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            parts.put((String) row[0], (String) row[1]);
        }
        return parts;
    }

    /** The member's own request; another member's is as unknown as one that never was. */
    private DataExport mine(String memberId, UUID id) {
        return findByIdOptional(id)
                .filter(export -> export.memberId().equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("data-export", id.toString()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
