package org.guildhall.mentoring.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.membership.Visibility;
import org.guildhall.mentoring.profile.MatchingCards;
import org.guildhall.mentoring.profile.MentorProfileRepository;

/**
 * The open mentors (active members who accept requests and have room) as suggestions rank them, held in memory: a
 * suggestion reads one counter ({@code V5__mentor_pool_version.sql}) and loads the mentors again only when a mentor
 * profile or a member snapshot changed since, on this replica or another. Time-zone offsets are taken when loading,
 * so the pool is also loaded again after an hour, whatever changed.
 */
@ApplicationScoped
public class OpenMentorPool {

    private static final Duration MAX_AGE = Duration.ofHours(1);

    /** One open mentor: their offering and how a suggestion names them (the headline as far as they show it). */
    public record Entry(MentorOffering offering, String displayName, String headline, Visibility headlineVisibility) {

        public String headlineFor(Visibility audience) {
            return headlineVisibility.shownTo(audience) ? headline : null;
        }
    }

    private record Snapshot(long version, Instant loadedAt, List<Entry> entries) {}

    private final EntityManager entityManager;
    private final MentorProfileRepository mentors;
    private volatile Snapshot snapshot;

    OpenMentorPool(EntityManager entityManager, MentorProfileRepository mentors) {
        this.entityManager = entityManager;
        this.mentors = mentors;
    }

    /** The open mentors as committed now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entry> current(Instant now) {
        // the counter first: mentors loaded after it are at least as new as it says
        long version = ((Number) entityManager
                        .createNativeQuery("select version from mentor_pool_version where id = 1")
                        .getSingleResult())
                .longValue();
        Snapshot held = snapshot;
        if (fresh(held, version, now)) {
            return held.entries();
        }
        synchronized (this) {
            held = snapshot;
            if (fresh(held, version, now)) {
                return held.entries();
            }
            List<Entry> entries = mentors.openMentors().stream()
                    .map(open -> new Entry(
                            MatchingCards.offeringOf(open.profile(), open.member(), now),
                            open.member().displayName(),
                            open.member().headline(),
                            open.member().visibilityOf("headline")))
                    .toList();
            snapshot = new Snapshot(version, now, entries);
            return entries;
        }
    }

    private static boolean fresh(Snapshot held, long version, Instant now) {
        return held != null
                && held.version() == version
                && !held.loadedAt().plus(MAX_AGE).isBefore(now)
                && !held.loadedAt().isAfter(now);
    }
}
