package org.guildhall.events.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.kit.report.ReportPeriod;

/** The events reports, aggregated in SQL over events and registrations. */
@ApplicationScoped
public class EventReports {

    /** The most events one report lists; a period is at most five years. */
    static final int MOST_EVENTS = 500;

    /** How far back before an event its registrations over time go. */
    static final Duration LOOK_BACK = Duration.ofDays(180);

    private static final String BY_EVENT =
            """
            select cast(e.id as varchar), e.title, e.starts_at, e.status, e.capacity,
                   count(r.id) filter (where r.status = 'CONFIRMED'),
                   count(r.id) filter (where r.status = 'WAITLISTED'),
                   count(r.id) filter (where r.status = 'CONFIRMED' and r.checked_in_at is not null),
                   count(r.id) filter (where r.offered_at is not null),
                   count(r.id) filter (where r.offered_at is not null and r.confirmed_at >= r.offered_at)
            from event e left join registration r on r.event_id = e.id
            where e.starts_at >= ?1 and e.starts_at < ?2 and e.status <> 'DRAFT'
            group by e.id
            order by e.starts_at, e.id
            limit ?3""";

    private static final String OVER_TIME =
            """
            select to_char(d.day, 'YYYY-MM-DD'),
                   (select count(*) from registration r
                     where r.event_id = ?1 and r.confirmed_at < d.day + interval '1 day'
                       and (r.ended_at is null or r.ended_at >= d.day + interval '1 day'))
            from generate_series(cast(?2 as timestamptz), cast(?3 as timestamptz), interval '1 day') as d(day)
            order by d.day""";

    private final EntityManager entityManager;
    private final Clock clock;

    EventReports(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public EventsReport events(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(BY_EVENT)
                .setParameter(1, Timestamp.from(period.start()))
                .setParameter(2, Timestamp.from(period.end()))
                .setParameter(3, MOST_EVENTS)
                .getResultList();
        List<EventsReport.EventLine> events = rows.stream()
                .map(row -> {
                    long confirmed = count(row[5]);
                    long checkedIn = count(row[7]);
                    return new EventsReport.EventLine(
                            (String) row[0],
                            (String) row[1],
                            instant(row[2]),
                            (String) row[3],
                            ((Number) row[4]).intValue(),
                            confirmed,
                            count(row[6]),
                            checkedIn,
                            rate(checkedIn, confirmed),
                            count(row[8]),
                            count(row[9]));
                })
                .toList();
        long made =
                events.stream().mapToLong(EventsReport.EventLine::offersMade).sum();
        long claimed =
                events.stream().mapToLong(EventsReport.EventLine::offersClaimed).sum();
        return new EventsReport(
                period.from().toString(), period.to().toString(), events, made, claimed, rate(claimed, made));
    }

    /**
     * Seats held at the end of each UTC day up to the day of the start (today while it is still to come), from the
     * first registration but at most {@link #LOOK_BACK} back.
     */
    @Transactional
    public EventsReport.RegistrationsOverTime registrationsOverTime(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> event = entityManager
                .createNativeQuery("select e.title, e.capacity, e.starts_at,"
                        + " (select min(r.registered_at) from registration r where r.event_id = e.id)"
                        + " from event e where e.id = ?1")
                .setParameter(1, eventId)
                .getResultList();
        if (event.isEmpty()) {
            throw ProblemException.notFound("event", eventId.toString());
        }
        Object[] row = event.get(0);
        Instant startsAt = instant(row[2]);
        List<EventsReport.Day> days = List.of();
        if (row[3] != null) {
            Instant first = instant(row[3]);
            Instant now = Instant.now(clock);
            Instant to = startsAt.isBefore(now) ? startsAt : now;
            Instant earliest = to.minus(LOOK_BACK);
            Instant from = first.isBefore(earliest) ? earliest : first;
            if (!to.isBefore(from)) {
                @SuppressWarnings("unchecked")
                List<Object[]> counts = entityManager
                        .createNativeQuery(OVER_TIME)
                        .setParameter(1, eventId)
                        .setParameter(2, Timestamp.from(day(from)))
                        .setParameter(3, Timestamp.from(day(to)))
                        .getResultList();
                days = counts.stream()
                        .map(count -> new EventsReport.Day((String) count[0], count(count[1])))
                        .toList();
            }
        }
        return new EventsReport.RegistrationsOverTime(
                eventId.toString(), (String) row[0], ((Number) row[1]).intValue(), days);
    }

    private static Instant day(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
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
