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
import org.guildhall.members.membership.Member;
import org.guildhall.members.membership.MemberRepository;
import org.guildhall.members.profile.Tags;

/**
 * Searches current members in PostgreSQL through two narrow tables that triggers keep in step with each member and
 * their goals ({@code V5__directory_card.sql}, {@code V6__directory_text.sql}): the card, with GIN-indexed terms for
 * every tag criterion and the location, and the text, with the search vector for full-text search. The order is
 * stable (rank, then name, then id). Only one page of members is ever loaded, and the total is counted only up to
 * {@link #EXACT_TOTAL_UP_TO} (docs/http.md, "Paging"). A criterion on a field that a member keeps private does not
 * find them, except for an admin.
 */
@ApplicationScoped
public class DirectorySearch {

    /**
     * Up to how many matches the total is exact: beyond it the answer says "more than 1,000" ({@code totalItemsExact}
     * false), or more than the pages up to the one asked for when that is further.
     */
    static final int EXACT_TOTAL_UP_TO = 1_000;

    /** How the card marks a value of a field the member keeps private. */
    private static final String PRIVATE = "private:";

    private final EntityManager entityManager;
    private final MemberRepository members;

    DirectorySearch(EntityManager entityManager, MemberRepository members) {
        this.entityManager = entityManager;
        this.members = members;
    }

    /**
     * Page {@code query.page} (of {@code query.size}) of the current members that match every criterion of {@code
     * query}, in the directory's order. {@code seesEverything} (an admin) also matches values members keep private and
     * shows every field. The page's {@code totalItems} is exact up to {@link #EXACT_TOTAL_UP_TO} matches, or up to the
     * end of the page asked for when that is further; beyond it {@code totalItemsExact} is false and {@code
     * totalItems} that limit.
     */
    @Transactional
    public Page<DirectoryEntry> search(DirectoryQuery query, boolean seesEverything) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String text = query.text == null || query.text.isBlank() ? null : query.text.strip();
        if (text != null) {
            conditions.add("t.search @@ websearch_to_tsquery('simple', :text)");
            parameters.put("text", text);
        }
        List<String> terms = new ArrayList<>();
        term(terms, "skill", Tags.normalise(query.skill));
        term(terms, "topic", Tags.normalise(query.topic));
        term(terms, "open", query.openTo == null ? null : query.openTo.name());
        term(terms, "industry", Tags.normalise(query.industry));
        term(terms, "stage", query.careerStage == null ? null : query.careerStage.name());
        term(terms, "goal", query.goal == null ? null : query.goal.name());
        if (!terms.isEmpty() && !seesEverything) {
            conditions.add("c.terms @> cast(:terms as text[])");
            parameters.put("terms", terms.toArray(String[]::new));
        }
        for (int i = 0; i < terms.size() && seesEverything; i++) {
            // an admin also finds values the member keeps private
            conditions.add("c.terms && cast(:term" + i + " as text[])");
            parameters.put("term" + i, new String[] {terms.get(i), PRIVATE + terms.get(i)});
        }
        if (query.location != null && !query.location.isBlank()) {
            conditions.add("c.location like :location" + (seesEverything ? "" : " and not c.location_private"));
            parameters.put(
                    "location",
                    query.location.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        // the text table (t) for words, the card (c) for everything else; both only when both are asked for
        boolean onCard = text == null || conditions.size() > 1;
        String alias = text != null ? "t" : "c";
        String from = text == null
                ? " from directory_card c"
                : " from directory_text t" + (onCard ? " join directory_card c on c.member_id = t.member_id" : "");
        String where = from + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        String order = (text != null ? "ts_rank(t.search, websearch_to_tsquery('simple', :text)) desc, " : "") + alias
                + ".sort_name, " + alias + ".member_id";

        Query page = entityManager
                .createNativeQuery("select " + alias + ".member_id" + where + " order by " + order)
                .setFirstResult(query.page * query.size)
                .setMaxResults(query.size);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<String> ids = page.getResultList();
        // Counting every match of a common criterion reads every page of the card (a million members: seconds); the
        // count stops one past what is worth knowing exactly, so it reads about as much as the page itself.
        int countUpTo = Math.max(EXACT_TOTAL_UP_TO, (query.page + 1) * query.size);
        Query count = entityManager.createNativeQuery(
                "select count(*) from (select 1" + where + " limit " + (countUpTo + 1) + ") counted");
        parameters.forEach(count::setParameter);
        long counted = ((Number) count.getSingleResult()).longValue();
        boolean exact = counted <= countUpTo;
        Map<String, Member> found =
                members.list("id in ?1", ids).stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Map<String, Member> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, found.get(id)));
        List<DirectoryEntry> entries = ordered.values().stream()
                .map(member -> DirectoryEntry.of(member, seesEverything))
                .toList();
        return new Page<>(entries, query.page, query.size, Math.min(counted, countUpTo), exact);
    }

    private static void term(List<String> terms, String kind, String value) {
        if (value != null) {
            terms.add(kind + ":" + value);
        }
    }
}
