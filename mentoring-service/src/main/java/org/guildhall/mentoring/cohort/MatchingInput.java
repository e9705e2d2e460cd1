package org.guildhall.mentoring.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.profile.MatchingCards;
import org.guildhall.mentoring.profile.MenteeProfile;
import org.guildhall.mentoring.profile.MentorProfile;

/**
 * A programme's cohort as the matching reads it: the mentors who may take mentees (active, with a mentor profile, at
 * the programme's capacity), every enrolled mentee in enrolment order with the needs of those who may be matched, and
 * the pair rules, applied here once: forbidden pairs never become candidates, pins are kept when both sides may be
 * matched. A new matching rule belongs here or in {@link CohortMatching}.
 */
public final class MatchingInput {

    static final String NOT_ACTIVE = "No longer an active member";
    static final String NO_ADMISSIBLE_MENTOR =
            "No enrolled mentor meets their hard requirements or may be paired with them";

    private final List<MentorOffering> mentors;
    private final List<String> menteeIds;
    private final Map<String, MenteeNeeds> needs;
    private final List<PairRule> pins;
    private final Set<PairKey> forbidden;

    /**
     * {@code menteeIds} are every enrolled mentee in enrolment order; {@code needs} holds those who may be matched;
     * each mentor's {@link MentorOffering#capacity()} is their capacity in the programme.
     */
    MatchingInput(
            List<MentorOffering> mentors,
            List<String> menteeIds,
            Map<String, MenteeNeeds> needs,
            List<PairRule> rules) {
        this.mentors = List.copyOf(mentors);
        this.menteeIds = List.copyOf(menteeIds);
        this.needs = Map.copyOf(needs);
        Set<String> offered = mentors.stream().map(MentorOffering::memberId).collect(Collectors.toSet());
        this.pins = rules.stream()
                .filter(rule -> rule.kind() == PairRule.Kind.PIN)
                .filter(pin -> needs.containsKey(pin.menteeId()) && offered.contains(pin.mentorId()))
                .toList();
        this.forbidden = rules.stream()
                .filter(rule -> rule.kind() == PairRule.Kind.FORBID)
                .map(PairRule::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The programme's cohort over the members' current profiles: only members in {@code active} (the read model's
     * active members by id) take part; a mentor without a mentor profile is left out.
     */
    static MatchingInput of(
            Programme programme,
            Map<String, MemberSnapshot> active,
            Map<String, MentorProfile> mentorProfiles,
            Map<String, MenteeProfile> menteeProfiles,
            Instant now) {
        List<MentorOffering> offerings = new ArrayList<>();
        for (Enrolment enrolment : programme.mentors()) {
            MentorProfile profile = mentorProfiles.get(enrolment.memberId());
            MemberSnapshot member = active.get(enrolment.memberId());
            if (profile != null && member != null) {
                offerings.add(MatchingCards.offeringOf(profile, member, now, enrolment.capacity()));
            }
        }
        List<String> menteeIds = new ArrayList<>();
        Map<String, MenteeNeeds> needs = new LinkedHashMap<>();
        for (Enrolment enrolment : programme.mentees()) {
            menteeIds.add(enrolment.memberId());
            MemberSnapshot member = active.get(enrolment.memberId());
            if (member != null) {
                needs.put(
                        enrolment.memberId(),
                        MatchingCards.needsOf(menteeProfiles.get(enrolment.memberId()), member, now));
            }
        }
        return new MatchingInput(offerings, menteeIds, needs, programme.pairRules());
    }

    /** Matches the cohort on each mentee's best {@code candidatesPerMentee} mentors and words the result. */
    MatchPreview match(MentorFit fit, MatchObjective objective, int candidatesPerMentee, Instant now) {
        Map<String, MentorOffering> offeringById =
                mentors.stream().collect(Collectors.toMap(MentorOffering::memberId, mentor -> mentor));
        List<CandidatePair> pinned = pins.stream()
                .map(pin -> new CandidatePair(
                        pin.mentorId(),
                        pin.menteeId(),
                        fit.score(needs.get(pin.menteeId()), offeringById.get(pin.mentorId()))))
                .toList();
        Set<String> pinnedMentees = pins.stream().map(PairRule::menteeId).collect(Collectors.toSet());

        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> matchable = new ArrayList<>();
        List<MenteeNeeds> matchableNeeds = new ArrayList<>();
        for (String mentee : menteeIds) {
            if (needs.containsKey(mentee)) {
                matchable.add(mentee);
                matchableNeeds.add(needs.get(mentee));
            } else {
                reasons.put(mentee, NOT_ACTIVE);
            }
        }
        List<CandidatePair> candidates = new ArrayList<>();
        Candidates.best(fit, matchableNeeds, mentors, forbidden, candidatesPerMentee)
                .forEach((mentee, best) -> {
                    if (best.isEmpty() && !pinnedMentees.contains(mentee)) {
                        reasons.put(mentee, NO_ADMISSIBLE_MENTOR);
                    }
                    candidates.addAll(best);
                });

        Map<String, Integer> capacities = mentors.stream()
                .collect(Collectors.toMap(MentorOffering::memberId, MentorOffering::capacity, (a, b) -> b));
        CohortMatching.Matching matching = CohortMatching.optimal(matchable, capacities, candidates, pinned, objective);
        return MatchPreview.of(
                objective,
                candidatesPerMentee,
                menteeIds,
                matching,
                pins.stream().map(PairRule::key).collect(Collectors.toSet()),
                reasons,
                now);
    }
}
