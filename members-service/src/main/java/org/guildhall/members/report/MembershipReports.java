package org.guildhall.members.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import org.guildhall.kit.report.ReportPeriod;
import org.guildhall.members.membership.MembershipSettings;

/** The membership report, aggregated in SQL over the status history (every change is a row of it) and the roll. */
@ApplicationScoped
public class MembershipReports {

    /**
     * One row per month. A renewal is a move to ACTIVE from ACTIVE, GRACE or LAPSED that carries the expiry further
     * (a tier change keeps the expiry); active at a month's end is a membership whose last change before then left
     * it ACTIVE or GRACE with an expiry not yet past its grace, so a late expiry job does not count.
     */
    private static final String BY_MONTH =
            """
            with months as (
                select generate_series(cast(?1 as timestamptz), cast(?2 as timestamptz) - interval '1 month',
                                       interval '1 month') as month_start),
            changes as (
                select c.member_id, c.from_status, c.to_status, c.expires_at, c.changed_at, c.seq,
                       lag(c.expires_at) over (partition by c.member_id order by c.changed_at, c.seq) as previous_expiry
                from membership_status_change c
                where c.changed_at < cast(?2 as timestamptz))
            select to_char(m.month_start at time zone 'UTC', 'YYYY-MM'),
                   (select count(*) from changes c
                     where c.changed_at >= m.month_start and c.changed_at < m.month_start + interval '1 month'
                       and c.to_status = 'ACTIVE' and (c.from_status is null or c.from_status = 'PENDING')),
                   (select count(*) from changes c
                     where c.changed_at >= m.month_start and c.changed_at < m.month_start + interval '1 month'
                       and c.to_status = 'ACTIVE' and c.from_status in ('ACTIVE', 'GRACE', 'LAPSED')
                       and c.expires_at > coalesce(c.previous_expiry, c.changed_at)),
                   (select count(*) from changes c
                     where c.changed_at >= m.month_start and c.changed_at < m.month_start + interval '1 month'
                       and c.to_status = 'LAPSED' and c.from_status in ('ACTIVE', 'GRACE', 'SUSPENDED')),
                   (select count(*) from (
                        select distinct on (c.member_id) c.to_status, c.expires_at
                        from changes c
                        where c.changed_at < m.month_start + interval '1 month'
                        order by c.member_id, c.changed_at desc, c.seq desc) last
                     where last.to_status in ('ACTIVE', 'GRACE')
                       and (last.expires_at is null
                            or last.expires_at + cast(?3 as interval) > m.month_start + interval '1 month'))
            from months m
            order by m.month_start""";

    private static final String BY_TIER_AND_STATUS =
            """
            select m.tier, m.status, count(*)
            from member m
            join tier t on t.code = m.tier
            where m.erased_at is null
            group by m.tier, t.rank, m.status
            order by t.rank, m.status""";

    private final EntityManager entityManager;
    private final MembershipSettings settings;

    MembershipReports(EntityManager entityManager, MembershipSettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    @Transactional
    public MembershipReport report(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> months = entityManager
                .createNativeQuery(BY_MONTH)
                .setParameter(1, Timestamp.from(period.start()))
                .setParameter(2, Timestamp.from(period.end()))
                .setParameter(3, settings.gracePeriod().toSeconds() + " seconds")
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> tiers =
                entityManager.createNativeQuery(BY_TIER_AND_STATUS).getResultList();
        return new MembershipReport(
                period.from().toString(),
                period.to().toString(),
                months.stream()
                        .map(row -> new MembershipReport.Month(
                                (String) row[0], count(row[1]), count(row[2]), count(row[3]), count(row[4])))
                        .toList(),
                tiers.stream()
                        .map(row -> new MembershipReport.TierStatus((String) row[0], (String) row[1], count(row[2])))
                        .toList());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
