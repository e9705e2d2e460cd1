package org.guildhall.events.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.guildhall.events.event.EventRepository;
import org.guildhall.kit.problem.ProblemException;

/**
 * An event's registrations with the registrants' names from the member read model, in arrival order (so the waiting
 * are in the order they are served), optionally only those whose name contains a text: what the door searches.
 */
@ApplicationScoped
public class Registrants {

    static final int LIMIT = 1000;

    private final EntityManager entityManager;
    private final EventRepository events;

    Registrants(EntityManager entityManager, EventRepository events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional
    public List<Registrant> of(UUID eventId, String name) {
        if (events.findByIdOptional(eventId).isEmpty()) {
            throw ProblemException.notFound("event", eventId.toString());
        }
        boolean searching = name != null && !name.isBlank();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        """
                        select r.id, r.member_id, m.display_name, r.status, r.position,
                               r.arrival, r.registered_at, r.claim_by, r.ended_at, r.end_reason, r.checked_in_at
                        from (select e.*, case when e.status = 'WAITLISTED' then row_number() over (
                                              partition by e.status = 'WAITLISTED' order by e.arrival) end as position
                              from registration e where e.event_id = :eventId) r
                        left join member_standing m on m.member_id = r.member_id
                        where (cast(:name as varchar) is null
                               or m.display_name ilike '%' || cast(:name as varchar) || '%' escape '\\')
                        order by r.arrival
                        limit 1000
                        """)
                .setParameter("eventId", eventId)
                .setParameter("name", searching ? likeEscaped(name.strip()) : null)
                .getResultList();
        return rows.stream()
                .map(row -> new Registrant(
                        row[0].toString(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        row[4] == null ? null : ((Number) row[4]).intValue(),
                        ((Number) row[5]).longValue(),
                        instant(row[6]),
                        instant(row[7]),
                        instant(row[8]),
                        (String) row[9],
                        instant(row[10])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
