package org.guildhall.members.memberimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.members.membership.MembershipSettings;

/**
 * The dry run of an import: reads the file, matches each valid row to an existing member by e-mail (without regard to
 * case) and says whether applying it would create a member, update one, or change nothing; rows with problems are
 * skipped. Reads only.
 */
@ApplicationScoped
public class ImportPlanner {

    private static final int LOOKUP_BATCH = 1000;

    private final EntityManager entityManager;
    private final MembershipSettings settings;
    private final Clock clock;

    ImportPlanner(EntityManager entityManager, MembershipSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public ImportPlan dryRun(byte[] file) {
        ImportFile read = ImportFile.read(file, tiers());
        Map<String, Existing> existing = existing(read.rows().stream()
                .filter(ImportRow::isValid)
                .map(ImportRow::email)
                .toList());
        Instant now = Instant.now(clock);
        List<ImportPlan.Line> lines = new ArrayList<>();
        for (ImportRow row : read.rows()) {
            if (!row.isValid()) {
                lines.add(new ImportPlan.Line(row.row(), row.email(), ImportPlan.Action.SKIP, null, row.problems()));
                continue;
            }
            Existing member = existing.get(row.email());
            ImportPlan.Action action = member == null
                    ? ImportPlan.Action.CREATE
                    : member.changedBy(row, settings.gracePeriod(), now)
                            ? ImportPlan.Action.UPDATE
                            : ImportPlan.Action.SKIP;
            lines.add(new ImportPlan.Line(
                    row.row(), row.email(), action, member == null ? null : member.id(), List.of()));
        }
        return ImportPlan.of(lines);
    }

    private Set<String> tiers() {
        return entityManager
                .createQuery("select t.code from Tier t", String.class)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    private Map<String, Existing> existing(List<String> emails) {
        Map<String, Existing> found = new HashMap<>();
        for (int from = 0; from < emails.size(); from += LOOKUP_BATCH) {
            List<String> batch = emails.subList(from, Math.min(emails.size(), from + LOOKUP_BATCH));
            List<?> rows = entityManager
                    .createNativeQuery(
                            """
                            select lower(email), id, display_name, tier, status, expires_at from member
                            where erased_at is null and lower(email) in (:emails)
                            """)
                    .setParameter("emails", batch)
                    .getResultList();
            for (Object result : rows) {
                Object[] row = (Object[]) result;
                found.put(
                        (String) row[0],
                        new Existing(
                                (String) row[1], (String) row[2], (String) row[3], (String) row[4], instant(row[5])));
            }
        }
        return found;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** A member as far as an import row can change them. */
    private record Existing(String id, String displayName, String tier, String status, Instant expiresAt) {

        boolean changedBy(ImportRow row, Duration gracePeriod, Instant now) {
            return row.membership().changes(displayName, tier, status, expiresAt, gracePeriod, now);
        }
    }
}
