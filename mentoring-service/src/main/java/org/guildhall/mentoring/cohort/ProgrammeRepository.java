package org.guildhall.mentoring.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.persistence.RowLocks;
import org.guildhall.mentoring.fit.MentoringSettings;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    private final Duration lockTimeout;

    ProgrammeRepository(MentoringSettings settings) {
        this.lockTimeout = settings.lockTimeout();
    }

    /**
     * What a member finds in the list: programmes open for enrolment at {@code now} (as {@link
     * Programme#isOpenForEnrolment} says), and those they are enrolled in. Enrolments live in a JSON column, hence SQL.
     */
    private static final String VISIBLE_TO_MEMBER = " from programme where (status = 'OPEN'"
            + " and enrolment_opens_at <= :now and enrolment_closes_at > :now)"
            + " or enrolments @> jsonb_build_array(jsonb_build_object('memberId', cast(:member as text)))";

    /** Changes to one programme (enrolments, rules, runs) queue on its row. */
    public Optional<Programme> lock(UUID id) {
        return RowLocks.lock(getEntityManager(), Programme.class, id, lockTimeout, "programme " + id);
    }

    /** Every programme, newest first. */
    public Page<Programme> all(int page, int size) {
        var query = find("order by createdAt desc, id");
        int first = firstIndex(page, size);
        return new Page<>(query.range(first, first + size - 1).list(), page, size, query.count());
    }

    /** The programmes a member may enrol in now or is enrolled in, newest first. */
    public Page<Programme> visibleTo(String memberId, Instant now, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Programme> items = getEntityManager()
                .createNativeQuery("select *" + VISIBLE_TO_MEMBER + " order by created_at desc, id", Programme.class)
                .setParameter("now", now)
                .setParameter("member", memberId)
                .setFirstResult(firstIndex(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = ((Number) getEntityManager()
                        .createNativeQuery("select count(*)" + VISIBLE_TO_MEMBER)
                        .setParameter("now", now)
                        .setParameter("member", memberId)
                        .getSingleResult())
                .longValue();
        return new Page<>(items, page, size, total);
    }

    /** The index of a page's first item; a page far beyond the end stays beyond it rather than overflowing. */
    private static int firstIndex(int page, int size) {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE - Page.MAX_SIZE);
    }
}
