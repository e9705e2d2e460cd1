package org.guildhall.events.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.kit.problem.ProblemException;

/**
 * Who could fill an open place on a shift, from the member read model: active members not already on the shift (nor
 * waiting for it), each marked free when they hold no assigned shift, in any event, that overlaps this one, with the
 * role's wanted skills they have. Suggestions are the free members open to volunteering whose skills match the role
 * (any member when the role wants no skill), most matching skills first; a search by name lists anyone active whose
 * name matches, free or not, so that a coordinator can still try (and be told of the clash).
 */
@ApplicationScoped
public class VolunteerSuggestions {

    static final int LIMIT = 20;

    private final EntityManager entityManager;
    private final ShiftRepository shifts;
    private final VolunteerRoleRepository roles;

    VolunteerSuggestions(EntityManager entityManager, ShiftRepository shifts, VolunteerRoleRepository roles) {
        this.entityManager = entityManager;
        this.shifts = shifts;
        this.roles = roles;
    }

    @Transactional
    public List<VolunteerSuggestion> forShift(UUID eventId, UUID shiftId, String name) {
        Shift shift = shifts.findByIdOptional(shiftId)
                .filter(found -> found.eventId().equals(eventId))
                .orElseThrow(() -> ProblemException.notFound("shift", shiftId.toString()));
        Set<String> wanted =
                roles.findByIdOptional(shift.roleId()).map(VolunteerRole::skillsWanted).orElse(List.of()).stream()
                        .map(VolunteerSuggestions::tag)
                        .filter(skill -> !skill.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean searching = name != null && !name.isBlank();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        """
                        select m.member_id, m.display_name, m.skills, m.open_to_volunteering,
                               not exists (select 1 from volunteer_place p join shift s on s.id = p.shift_id
                                           where p.member_id = m.member_id and p.status = 'ASSIGNED'
                                             and s.starts_at < :endsAt and s.ends_at > :startsAt) as free,
                               exists (select 1 from shift_invitation i
                                       where i.shift_id = :shiftId and i.member_id = m.member_id) as invited
                        from member_standing m
                        where m.status in ('ACTIVE', 'GRACE') and m.display_name is not null
                          and not exists (select 1 from volunteer_place p
                                          where p.shift_id = :shiftId and p.member_id = m.member_id
                                            and p.status in ('ASSIGNED', 'WAITLISTED'))
                          and (cast(:name as varchar) is null
                               or m.display_name ilike '%' || cast(:name as varchar) || '%' escape '\\')
                          and (cast(:name as varchar) is not null or m.open_to_volunteering)
                        order by m.display_name, m.member_id
                        limit 500
                        """)
                .setParameter("endsAt", shift.endsAt())
                .setParameter("startsAt", shift.startsAt())
                .setParameter("shiftId", shiftId)
                .setParameter("name", searching ? likeEscaped(name.strip()) : null)
                .getResultList();
        return rows.stream()
                .map(row -> suggestion(row, wanted))
                .filter(found -> searching || (found.free() && (wanted.isEmpty() || found.score() > 0)))
                .sorted(Comparator.comparing(VolunteerSuggestion::free)
                        .thenComparing(VolunteerSuggestion::score)
                        .reversed()
                        .thenComparing(VolunteerSuggestion::displayName, String.CASE_INSENSITIVE_ORDER))
                .limit(LIMIT)
                .toList();
    }

    private static VolunteerSuggestion suggestion(Object[] row, Set<String> wanted) {
        Set<String> has = Arrays.stream(((String) row[2]).split(","))
                .map(VolunteerSuggestions::tag)
                .filter(skill -> !skill.isEmpty())
                .collect(Collectors.toSet());
        List<String> matching = wanted.stream().filter(has::contains).toList();
        return new VolunteerSuggestion(
                (String) row[0],
                (String) row[1],
                (Boolean) row[3],
                (Boolean) row[4],
                matching,
                matching.size(),
                (Boolean) row[5]);
    }

    /**
     * A skill as members-service keeps it (its {@code Tags}): lower case, runs of spaces and underscores as one
     * hyphen, so that "First aid" typed for a role matches a member's "first-aid".
     */
    static String tag(String skill) {
        return skill.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
