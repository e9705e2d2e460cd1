package org.guildhall.events.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guildhall.events.event.EventRepository;
import org.guildhall.kit.csv.SpreadsheetCsv;

/**
 * CSV exports for coordinators and administrators: an event's registrations with their attendance, and volunteer
 * hours by member over a date range. Names come from the member read model (a member erased since has none).
 */
@ApplicationScoped
public class EventExports {

    static final List<String> REGISTRATION_COLUMNS = List.of(
            "registrationId",
            "memberId",
            "name",
            "status",
            "registeredAt",
            "confirmedAt",
            "endedAt",
            "endReason",
            "attended",
            "checkedInAt");
    static final List<String> HOURS_COLUMNS = List.of("memberId", "name", "shifts", "hours");

    private final EntityManager entityManager;
    private final EventRepository events;

    EventExports(EntityManager entityManager, EventRepository events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /** Every registration of the event in arrival order, with whether and when the person was checked in. */
    @Transactional
    public String registrations(UUID eventId) {
        events.find(eventId);
        List<?> found = entityManager
                .createNativeQuery(
                        """
                        select r.id, r.member_id, m.display_name, r.status, r.registered_at, r.confirmed_at,
                               r.ended_at, r.end_reason, r.checked_in_at
                        from registration r left join member_standing m on m.member_id = r.member_id
                        where r.event_id = :event
                        order by r.arrival, r.id
                        """)
                .setParameter("event", eventId)
                .getResultList();
        List<List<Object>> rows = new ArrayList<>();
        for (Object result : found) {
            Object[] row = (Object[]) result;
            Instant checkedIn = instant(row[8]);
            rows.add(java.util.Arrays.asList(
                    row[0].toString(),
                    row[1],
                    row[2],
                    row[3],
                    instant(row[4]),
                    instant(row[5]),
                    instant(row[6]),
                    row[7],
                    checkedIn != null ? "yes" : "no",
                    checkedIn));
        }
        return SpreadsheetCsv.write(REGISTRATION_COLUMNS, rows);
    }

    /**
     * Hours of completed volunteer places whose shift starts from {@code from} to {@code to} (both days included, UTC),
     * one row per member, by member id.
     */
    @Transactional
    public String volunteerHours(LocalDate from, LocalDate to) {
        List<?> found = entityManager
                .createNativeQuery(
                        """
                        select p.member_id, m.display_name, count(*), coalesce(sum(p.hours), 0)
                        from volunteer_place p
                        join shift s on s.id = p.shift_id
                        left join member_standing m on m.member_id = p.member_id
                        where p.status = 'COMPLETED' and s.starts_at >= :from and s.starts_at < :until
                        group by p.member_id, m.display_name
                        order by p.member_id
                        """)
                .setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter(
                        "until", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .getResultList();
        List<List<Object>> rows = new ArrayList<>();
        for (Object result : found) {
            Object[] row = (Object[]) result;
            rows.add(java.util.Arrays.asList(
                    row[0],
                    row[1],
                    ((Number) row[2]).longValue(),
                    ((BigDecimal) row[3]).stripTrailingZeros().toPlainString()));
        }
        return SpreadsheetCsv.write(HOURS_COLUMNS, rows);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
