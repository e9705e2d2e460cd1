package org.guildhall.events.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.kit.report.ReportPeriod;

/** The volunteering report, aggregated in SQL over shifts, their roles and the places members hold on them. */
@ApplicationScoped
public class VolunteeringReports {

    /** The most events one report lists, as in the events report. */
    static final int MOST_EVENTS = EventReports.MOST_EVENTS;

    /** How many roles the report ranks. */
    static final int TOP_ROLES = 10;

    /** Events that are cancelled or still drafts have no volunteering to report. */
    private static final String COUNTED_EVENTS = "('PUBLISHED', 'COMPLETED')";

    private static final String BY_EVENT =
            """
            select cast(e.id as varchar), e.title, e.starts_at,
                   (select coalesce(sum(s.needed), 0) from shift s where s.event_id = e.id),
                   (select count(*) from shift s join volunteer_place p on p.shift_id = s.id
                     where s.event_id = e.id and p.status in ('ASSIGNED', 'COMPLETED')),
                   (select coalesce(sum(p.hours), 0) from shift s join volunteer_place p on p.shift_id = s.id
                     where s.event_id = e.id and p.status = 'COMPLETED')
            from event e
            where e.starts_at >= ?1 and e.starts_at < ?2 and e.status in %s
              and exists (select 1 from shift s where s.event_id = e.id)
            order by e.starts_at, e.id
            limit ?3"""
                    .formatted(COUNTED_EVENTS);

    private static final String HOURS_BY_MONTH =
            """
            select to_char(s.starts_at at time zone 'UTC', 'YYYY-MM'),
                   coalesce(sum(p.hours), 0), count(distinct p.member_id), count(p.id)
            from shift s join volunteer_place p on p.shift_id = s.id
            where p.status = 'COMPLETED' and s.starts_at >= ?1 and s.starts_at < ?2
            group by 1""";

    private static final String TOP_ROLES_QUERY =
            """
            select r.name, count(distinct s.id),
                   count(p.id) filter (where p.status in ('ASSIGNED', 'COMPLETED')),
                   coalesce(sum(p.hours) filter (where p.status = 'COMPLETED'), 0)
            from shift s
              join volunteer_role r on r.id = s.role_id
              join event e on e.id = s.event_id
              left join volunteer_place p on p.shift_id = s.id
            where s.starts_at >= ?1 and s.starts_at < ?2 and e.status in %s
            group by r.name
            order by 3 desc, 4 desc, r.name
            limit ?3"""
                    .formatted(COUNTED_EVENTS);

    private final EntityManager entityManager;

    VolunteeringReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public VolunteeringReport volunteering(ReportPeriod period) {
        List<VolunteeringReport.EventPlaces> events = rows(BY_EVENT, period, MOST_EVENTS).stream()
                .map(row -> {
                    long needed = count(row[3]);
                    long filled = count(row[4]);
                    return new VolunteeringReport.EventPlaces(
                            (String) row[0],
                            (String) row[1],
                            instant(row[2]),
                            needed,
                            filled,
                            Math.max(0, needed - filled),
                            hours(row[5]));
                })
                .toList();
        Map<String, VolunteeringReport.MonthHours> worked = new HashMap<>();
        for (Object[] row : rows(HOURS_BY_MONTH, period, null)) {
            worked.put(
                    (String) row[0],
                    new VolunteeringReport.MonthHours((String) row[0], hours(row[1]), count(row[2]), count(row[3])));
        }
        List<VolunteeringReport.MonthHours> months = period.months().stream()
                .map(YearMonth::toString)
                .map(month -> worked.getOrDefault(
                        month, new VolunteeringReport.MonthHours(month, BigDecimal.ZERO.setScale(2), 0, 0)))
                .toList();
        List<VolunteeringReport.RoleLine> roles = rows(TOP_ROLES_QUERY, period, TOP_ROLES).stream()
                .map(row ->
                        new VolunteeringReport.RoleLine((String) row[0], count(row[1]), count(row[2]), hours(row[3])))
                .toList();
        return new VolunteeringReport(period.from().toString(), period.to().toString(), events, months, roles);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportPeriod period, Integer limit) {
        var query = entityManager
                .createNativeQuery(sql)
                .setParameter(1, Timestamp.from(period.start()))
                .setParameter(2, Timestamp.from(period.end()));
        if (limit != null) {
            query.setParameter(3, limit);
        }
        return query.getResultList();
    }

    private static BigDecimal hours(Object value) {
        BigDecimal hours = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return hours.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
