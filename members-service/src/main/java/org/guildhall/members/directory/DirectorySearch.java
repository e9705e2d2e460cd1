package org.guildhall.members.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.member.Member;
import org.guildhall.members.member.MemberRepository;
import org.guildhall.members.member.ProfileField;
import org.guildhall.members.member.Tags;

/**
 * Searches current members in PostgreSQL: full-text search on what members show, GIN-indexed tags, and a stable
 * order (rank, then name, then id). Only one page of members is ever loaded. A criterion on a field that a member
 * keeps private does not find them, except for an admin.
 */
@ApplicationScoped
public class DirectorySearch {

    private final EntityManager entityManager;
    private final MemberRepository members;

    DirectorySearch(EntityManager entityManager, MemberRepository members) {
        this.entityManager = entityManager;
        this.members = members;
    }

    @Transactional
    public Page<DirectoryEntry> search(DirectoryQuery query, boolean seesEverything) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("m.status in ('ACTIVE', 'GRACE') and m.erased_at is null");
        String text = query.text == null || query.text.isBlank() ? null : query.text.strip();
        if (text != null) {
            conditions.add("m.search_vector @@ websearch_to_tsquery('simple', :text)");
            parameters.put("text", text);
        }
        tag(conditions, parameters, "skills", ProfileField.SKILLS, Tags.normalise(query.skill), seesEverything);
        tag(conditions, parameters, "topics", ProfileField.TOPICS, Tags.normalise(query.topic), seesEverything);
        if (query.openTo != null) {
            tag(conditions, parameters, "open_to", ProfileField.OPEN_TO, query.openTo.name(), seesEverything);
        }
        equal(
                conditions,
                parameters,
                "m.industry",
                ProfileField.INDUSTRY,
                Tags.normalise(query.industry),
                seesEverything);
        if (query.careerStage != null) {
            equal(
                    conditions,
                    parameters,
                    "m.career_stage",
                    ProfileField.CAREER_STAGE,
                    query.careerStage.name(),
                    seesEverything);
        }
        if (query.location != null && !query.location.isBlank()) {
            conditions.add("lower(m.location) like :location" + visible(ProfileField.LOCATION, seesEverything));
            parameters.put(
                    "location",
                    query.location.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.goal != null) {
            conditions.add("exists (select 1 from networking_goal g where g.member_id = m.id"
                    + " and g.kind = :goal and g.status = 'OPEN')" + visible(ProfileField.GOALS, seesEverything));
            parameters.put("goal", query.goal.name());
        }
        String where = " from member m where " + String.join(" and ", conditions);
        String order = (text != null ? "ts_rank(m.search_vector, websearch_to_tsquery('simple', :text)) desc, " : "")
                + "lower(m.display_name), m.id";

        boolean filtered = conditions.size() > 1;
        // Filtered: one scan of the matches gives the page and the total (count(*) over ()). Unfiltered: the page is
        // read in index order and stops early, and the count comes from the index alone; a window would scan all.
        Query page = entityManager
                .createNativeQuery(
                        "select m.id" + (filtered ? ", count(*) over () as total" : "") + where + " order by " + order)
                .setFirstResult(query.page * query.size)
                .setMaxResults(query.size);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> rows = page.getResultList();
        List<String> ids = rows.stream()
                .map(row -> (String) (filtered ? ((Object[]) row)[0] : row))
                .toList();
        long total;
        if (filtered && !rows.isEmpty()) {
            total = ((Number) ((Object[]) rows.get(0))[1]).longValue();
        } else {
            // unfiltered, or past the last page where no row carries the total
            Query count = entityManager.createNativeQuery("select count(*)" + where);
            parameters.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        Map<String, Member> found =
                members.list("id in ?1", ids).stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Map<String, Member> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, found.get(id)));
        List<DirectoryEntry> entries = ordered.values().stream()
                .map(member -> DirectoryEntry.of(member, seesEverything))
                .toList();
        return new Page<>(entries, query.page, query.size, total);
    }

    private static void tag(
            List<String> conditions,
            Map<String, Object> parameters,
            String column,
            ProfileField field,
            String value,
            boolean seesEverything) {
        if (value == null) {
            return;
        }
        String name = column.replace("_", "");
        conditions.add("m." + column + " @> cast(array[cast(:" + name + " as text)] as text[])"
                + visible(field, seesEverything));
        parameters.put(name, value);
    }

    private static void equal(
            List<String> conditions,
            Map<String, Object> parameters,
            String column,
            ProfileField field,
            String value,
            boolean seesEverything) {
        if (value == null) {
            return;
        }
        String name = column.substring(2).replace("_", "");
        conditions.add(column + " = :" + name + visible(field, seesEverything));
        parameters.put(name, value);
    }

    private static String visible(ProfileField field, boolean seesEverything) {
        return seesEverything
                ? ""
                : " and coalesce(m.field_visibility ->> '" + field.name() + "', '"
                        + field.defaultVisibility().name() + "') <> 'PRIVATE'";
    }
}
