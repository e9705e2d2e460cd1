package org.guildhall.mentoring.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.fit.MentoringSettings;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;
import org.guildhall.mentoring.membership.Visibility;
import org.guildhall.mentoring.mentorship.PairHistory;
import org.guildhall.mentoring.profile.MatchingCards;
import org.guildhall.mentoring.profile.MenteeProfileRepository;

/** Suggests mentors to a mentee, best first, each with its reasons. */
@ApplicationScoped
public class MentorSuggestions {

    private final MemberSnapshotRepository members;
    private final MenteeProfileRepository mentees;
    private final OpenMentorPool pool;
    private final PairHistory history;
    private final SuggestionRanking ranking;
    private final MentoringSettings settings;
    private final Clock clock;

    MentorSuggestions(
            MemberSnapshotRepository members,
            MenteeProfileRepository mentees,
            OpenMentorPool pool,
            PairHistory history,
            MentorFit fit,
            MentoringSettings settings,
            Clock clock) {
        this.members = members;
        this.mentees = mentees;
        this.pool = pool;
        this.history = history;
        this.ranking = new SuggestionRanking(fit, settings.exposureSpread());
        this.settings = settings;
        this.clock = clock;
    }

    /** Mentors for the mentee; their headlines as far as each lets a caller who sees up to {@code audience} see. */
    @Transactional
    public List<SuggestionView> suggestFor(String menteeId, int limit, Visibility audience) {
        Instant now = Instant.now(clock);
        MemberSnapshot member = members.requireActive(menteeId);
        MenteeNeeds needs =
                MatchingCards.needsOf(mentees.findByIdOptional(menteeId).orElse(null), member, now);
        Set<String> excluded = new HashSet<>(history.mentorsToLeaveOutFor(menteeId, now.minus(settings.cooldown())));
        excluded.add(menteeId);
        Map<String, OpenMentorPool.Entry> who = new HashMap<>();
        List<MentorOffering> offerings = pool.current(now).stream()
                .map(entry -> {
                    who.put(entry.offering().memberId(), entry);
                    return entry.offering();
                })
                .toList();
        return ranking.rank(needs, offerings, excluded, limit).stream()
                .map(suggestion -> {
                    OpenMentorPool.Entry mentor = who.get(suggestion.mentor().memberId());
                    return new SuggestionView(
                            suggestion.mentor().memberId(),
                            mentor.displayName(),
                            mentor.headlineFor(audience),
                            suggestion.fit().score(),
                            suggestion.fit().criteria());
                })
                .toList();
    }
}
