package org.guildhall.mentoring.profile;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.fit.Offsets;
import org.guildhall.mentoring.membership.MemberGoal;
import org.guildhall.mentoring.membership.MemberSnapshot;

/**
 * How matching reads a profile together with the member read model: what the mentoring profile leaves empty, the
 * member profile fills in (their topics, industry, languages, networking goals).
 */
public final class MatchingCards {

    private MatchingCards() {}

    /** A mentee's needs; {@code profile} may be null for a member who has not written a mentee profile yet. */
    public static MenteeNeeds needsOf(MenteeProfile profile, MemberSnapshot member, Instant at) {
        List<String> topics = profile != null && !profile.topics().isEmpty() ? profile.topics() : member.topics();
        List<String> industries = profile != null && !profile.industries().isEmpty()
                ? profile.industries()
                : member.industry() == null ? List.of() : List.of(member.industry());
        List<String> languages =
                profile != null && !profile.languages().isEmpty() ? profile.languages() : member.languages();
        Set<String> goals = new HashSet<>(profile == null ? List.of() : profile.goals());
        member.goals().stream()
                .filter(goal -> !"DONE".equals(goal.status()) && !"ACHIEVED".equals(goal.status()))
                .map(MemberGoal::description)
                .filter(description -> description != null)
                .forEach(goals::add);
        return new MenteeNeeds(
                member.memberId(),
                Set.copyOf(topics),
                Set.copyOf(industries),
                member.careerStage(),
                Offsets.utcOffsetMinutes(member.timeZone(), at),
                Set.copyOf(languages),
                profile == null ? Set.of() : Set.copyOf(profile.seeking()),
                goals,
                profile != null && profile.mustShareLanguage(),
                profile == null ? null : profile.maxHoursApart());
    }

    public static MentorOffering offeringOf(MentorProfile profile, MemberSnapshot member, Instant at) {
        return offeringOf(profile, member, at, profile.capacity());
    }

    /** A mentor's offering with the capacity of a cohort programme instead of their personal one. */
    public static MentorOffering offeringOf(MentorProfile profile, MemberSnapshot member, Instant at, int capacity) {
        Set<String> industries = new HashSet<>(profile.industries());
        if (member.industry() != null) {
            industries.add(member.industry());
        }
        List<String> languages = profile.languages().isEmpty() ? member.languages() : profile.languages();
        return new MentorOffering(
                profile.memberId(),
                Set.copyOf(profile.topics()),
                industries,
                member.careerStage(),
                Offsets.utcOffsetMinutes(profile.timeZone(), at),
                Set.copyOf(languages),
                profile.offers().stream().collect(Collectors.toSet()),
                capacity,
                profile.activeMentees());
    }
}
