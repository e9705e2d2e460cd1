package org.guildhall.members.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.membership.MemberRepository;
import org.guildhall.members.membership.MembershipStatus;

/**
 * Every membership that is not erased, whatever its status (the directory shows only current members): pending
 * applications oldest first, so the queue is worked in the order people applied; the others by name.
 */
@ApplicationScoped
public class MembershipRoll {

    private final MemberRepository members;

    MembershipRoll(MemberRepository members) {
        this.members = members;
    }

    @Transactional
    public Page<RollEntry> list(RollQuery query) {
        StringBuilder where = new StringBuilder("erasedAt is null");
        Map<String, Object> parameters = new HashMap<>();
        if (query.status != null) {
            where.append(" and status = :status");
            parameters.put("status", query.status);
        }
        if (query.text != null && !query.text.isBlank()) {
            String start = escape(query.text.strip().toLowerCase(Locale.ROOT));
            where.append(" and (lower(displayName) like :start escape '\\' or lower(displayName) like :word escape '\\'"
                    + " or lower(email) like :start escape '\\')");
            parameters.put("start", start + "%");
            parameters.put("word", "% " + start + "%");
        }
        String order = query.status == MembershipStatus.PENDING
                ? " order by joinedAt, id"
                : " order by lower(displayName), id";
        var found = members.find(where + order, parameters);
        long total = found.count();
        var items = found.page(query.page, query.size).list().stream()
                .map(RollEntry::of)
                .toList();
        return new Page<>(items, query.page, query.size, total);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
