package org.guildhall.members.contribution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MemberActivityRepository implements PanacheRepositoryBase<MemberActivity, UUID> {

    /** What a member did, summed by kind; kinds they never did count zero. */
    public Map<ActivityKind, BigDecimal> totals(String memberId) {
        return totals(memberId, Instant.EPOCH);
    }

    /** What a member did since {@code since}, summed by kind. */
    public Map<ActivityKind, BigDecimal> totals(String memberId, Instant since) {
        Map<ActivityKind, BigDecimal> totals = new EnumMap<>(ActivityKind.class);
        for (ActivityKind kind : ActivityKind.values()) {
            totals.put(kind, BigDecimal.ZERO);
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select a.kind, sum(a.amount) from MemberActivity a"
                                + " where a.memberId = :member and a.occurredAt >= :since group by a.kind",
                        Object[].class)
                .setParameter("member", memberId)
                .setParameter("since", since)
                .getResultList();
        for (Object[] row : rows) {
            totals.put((ActivityKind) row[0], (BigDecimal) row[1]);
        }
        return totals;
    }
}
