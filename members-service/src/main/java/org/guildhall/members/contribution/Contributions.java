package org.guildhall.members.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.guildhall.kit.inbox.ErasedMemberNamed;

/** Keeps, per member, what they gave and did across the platform. */
@ApplicationScoped
public class Contributions {

    private final EntityManager entityManager;
    private final MemberActivityRepository activities;

    Contributions(EntityManager entityManager, MemberActivityRepository activities) {
        this.entityManager = entityManager;
        this.activities = activities;
    }

    /** Records an activity once per (source event, member, kind), however often the event is seen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String memberId, ActivityKind kind, BigDecimal amount, Instant occurredAt, UUID sourceEventId) {
        entityManager
                .createNativeQuery(
                        "insert into member_activity (id, member_id, kind, amount, occurred_at, source_event_id)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, memberId)
                .setParameter(3, kind.name())
                .setParameter(4, amount)
                .setParameter(5, occurredAt)
                .setParameter(6, sourceEventId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOnce(String memberId, ActivityKind kind, Instant occurredAt, UUID sourceEventId) {
        record(memberId, kind, BigDecimal.ONE, occurredAt, sourceEventId);
    }

    /**
     * An event of another topic named a member erased before (the kit's inbox fires it after that event's handlers): the
     * activity it recorded under their id moves to a fresh pseudonym {@code erased-<uuid>}, as the erasure moved the
     * rest (docs/messaging.md, "An erasure outlasts late events"), so the anonymous counts stay and nothing names them.
     */
    void erasedMemberNamed(@Observes ErasedMemberNamed named) {
        entityManager
                .createNativeQuery("update member_activity set member_id = ?1 where member_id = ?2")
                .setParameter(1, "erased-" + UUID.randomUUID())
                .setParameter(2, named.memberId())
                .executeUpdate();
    }

    @Transactional
    public ContributionsView of(String memberId) {
        return ContributionsView.of(activities.totals(memberId));
    }

    @Transactional
    public Map<ActivityKind, BigDecimal> since(String memberId, Instant since) {
        return activities.totals(memberId, since);
    }
}
