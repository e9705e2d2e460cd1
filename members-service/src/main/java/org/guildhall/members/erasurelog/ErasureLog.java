package org.guildhall.members.erasurelog;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.membership.MemberErasure;

/**
 * The record of every erasure this service carried out: when, whether the member or an administrator asked, and how
 * many rows of each feature went, kept under the pseudonym of the anonymised books (never the member id, the name
 * or anything erased). It observes {@link MemberErasure} before the features forget, so it counts what they are
 * about to remove, in the erasing transaction.
 */
@ApplicationScoped
public class ErasureLog {

    static final String SERVICE = "members-service";

    /** Each feature's rows about a member, counted as the features' own observers will delete them. */
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("profile", "select count(*) from member where id = ?1");
        COUNTS.put("goals", "select count(*) from networking_goal where member_id = ?1");
        COUNTS.put("connections", "select count(*) from connection where member_id = ?1 or other_member_id = ?1");
        COUNTS.put(
                "connection requests",
                "select count(*) from connection_request where requester_id = ?1 or recipient_id = ?1");
        COUNTS.put("blocks", "select count(*) from member_block where blocker_id = ?1 or blocked_id = ?1");
        COUNTS.put(
                "introductions",
                "select count(*) from introduction where requester_id = ?1 or introducer_id = ?1 or target_id = ?1");
    }

    private final EntityManager entityManager;
    private final Instance<Caller> caller;
    private final Clock clock;

    ErasureLog(EntityManager entityManager, Instance<Caller> caller, Clock clock) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.clock = clock;
    }

    void record(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) MemberErasure erasure) {
        Instant now = Instant.now(clock);
        String requestedBy = requestedBy(erasure.memberId());
        COUNTS.forEach((feature, count) -> {
            long rows = ((Number) entityManager
                            .createNativeQuery(count)
                            .setParameter(1, erasure.memberId())
                            .getSingleResult())
                    .longValue();
            entityManager
                    .createNativeQuery("insert into erasure_record (id, pseudonym, requested_by, erased_at, service,"
                            + " feature, erased_rows) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, erasure.pseudonym())
                    .setParameter(3, requestedBy)
                    .setParameter(4, Timestamp.from(now))
                    .setParameter(5, SERVICE)
                    .setParameter(6, feature)
                    .setParameter(7, rows)
                    .executeUpdate();
        });
    }

    /** Erasures, newest first, each with what went from which feature. */
    @Transactional
    public Page<ErasureView> list(int page, int size) {
        long total = ((Number) entityManager
                        .createNativeQuery("select count(distinct pseudonym) from erasure_record")
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        """
                        with erasure as (
                            select pseudonym, min(erased_at) as erased_at from erasure_record
                            group by pseudonym order by erased_at desc, pseudonym limit ?1 offset ?2)
                        select r.pseudonym, r.requested_by, r.erased_at, r.service, r.feature, r.erased_rows
                        from erasure_record r join erasure e on e.pseudonym = r.pseudonym
                        order by e.erased_at desc, r.pseudonym, r.service, r.feature""")
                .setParameter(1, size)
                .setParameter(2, (long) page * size)
                .getResultList();
        Map<String, ErasureView> erasures = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String pseudonym = (String) row[0];
            erasures.computeIfAbsent(
                            pseudonym,
                            p -> new ErasureView(
                                    p, (String) row[1], instant(row[2]), (String) row[3], new ArrayList<>()))
                    .features()
                    .add(new ErasureView.Feature((String) row[4], ((Number) row[5]).longValue()));
        }
        return new Page<>(List.copyOf(erasures.values()), page, size, total);
    }

    private String requestedBy(String memberId) {
        try {
            Caller current = caller.get();
            return current.isAnonymous() || memberId.equals(current.memberId()) ? "member" : "admin";
        } catch (ContextNotActiveException e) {
            return "member";
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
