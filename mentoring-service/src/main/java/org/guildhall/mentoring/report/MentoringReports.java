package org.guildhall.mentoring.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.guildhall.kit.report.ReportPeriod;

/** The mentoring report, aggregated in SQL over requests, mentorships, sessions and programmes. */
@ApplicationScoped
public class MentoringReports {

    /** The most programmes one report lists; a period is at most five years. */
    static final int MOST_PROGRAMMES = 500;

    /**
     * One row per month of the period. The months are built as UTC wall-clock times ({@code timestamp}) and turned
     * into instants {@code at time zone 'UTC'}, so their bounds do not depend on the session's time zone.
     */
    private static final String BY_MONTH =
            """
            with bounds as (
                select to_char(m.starts, 'YYYY-MM') as month,
                       m.starts at time zone 'UTC' as starts,
                       (m.starts + interval '1 month') at time zone 'UTC' as ends,
                       cast(m.starts as date) as first_day,
                       cast(m.starts + interval '1 month' as date) as next_first_day
                from (select cast(?1 as timestamp) + k * interval '1 month' as starts
                      from generate_series(0, ?2) as k) m)
            select b.month,
                   (select count(*) from mentorship_request r
                     where r.requested_at >= b.starts and r.requested_at < b.ends),
                   (select count(*) from mentorship_request r
                     where r.status = 'ACCEPTED' and r.answered_at >= b.starts and r.answered_at < b.ends),
                   (select count(*) from mentorship s where s.started_at >= b.starts and s.started_at < b.ends),
                   (select count(*) from mentorship s
                     where s.started_at < b.ends and (s.ended_at is null or s.ended_at >= b.ends)),
                   (select count(*) from mentorship_session x
                     where x.session_date >= b.first_day and x.session_date < b.next_first_day),
                   (select coalesce(sum(x.duration_minutes), 0) from mentorship_session x
                     where x.session_date >= b.first_day and x.session_date < b.next_first_day)
            from bounds b
            order by b.month""";

    private static final String PROGRAMMES =
            """
            select cast(p.id as varchar), p.name, p.status, p.created_at,
                   (select count(*) from jsonb_array_elements(p.enrolments) en where en->>'role' = 'MENTOR'),
                   (select count(*) from jsonb_array_elements(p.enrolments) en where en->>'role' = 'MENTEE'),
                   (select count(*) from mentorship s where s.programme_id = p.id)
            from programme p
            where p.created_at >= ?1 and p.created_at < ?2
            order by p.created_at, p.id
            limit ?3""";

    private final EntityManager entityManager;

    MentoringReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public MentoringReport mentoring(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> months = entityManager
                .createNativeQuery(BY_MONTH)
                .setParameter(1, period.from().atDay(1).atStartOfDay().toString())
                .setParameter(2, (int) ChronoUnit.MONTHS.between(period.from(), period.to()))
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> programmes = entityManager
                .createNativeQuery(PROGRAMMES)
                .setParameter(1, Timestamp.from(period.start()))
                .setParameter(2, Timestamp.from(period.end()))
                .setParameter(3, MOST_PROGRAMMES)
                .getResultList();
        return new MentoringReport(
                period.from().toString(),
                period.to().toString(),
                months.stream()
                        .map(row -> new MentoringReport.MonthLine(
                                (String) row[0],
                                count(row[1]),
                                count(row[2]),
                                count(row[3]),
                                count(row[4]),
                                count(row[5]),
                                count(row[6])))
                        .toList(),
                programmes.stream()
                        .map(row -> {
                            String status = (String) row[2];
                            long mentees = count(row[5]);
                            long matched = count(row[6]);
                            Double rate = "PUBLISHED".equals(status) && mentees > 0
                                    ? Math.round(1000.0 * matched / mentees) / 1000.0
                                    : null;
                            return new MentoringReport.ProgrammeLine(
                                    (String) row[0],
                                    (String) row[1],
                                    status,
                                    instant(row[3]),
                                    count(row[4]),
                                    mentees,
                                    matched,
                                    rate);
                        })
                        .toList());
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
