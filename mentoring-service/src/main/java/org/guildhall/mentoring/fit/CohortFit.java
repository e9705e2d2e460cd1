package org.guildhall.mentoring.fit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link MentorFit} for every pair of a cohort, fast: a cohort's topics, industries and languages are numbered once,
 * each mentee and mentor becomes a few bit sets, and a pair's criteria are counted with bit operations instead of set
 * lookups. The criteria and weights are MentorFit's own ({@code topicsMet}, {@code combine}, ...), so a pair scores
 * here exactly as {@link MentorFit#score} scores it; a cohort with more than 64 distinct topics, industries or
 * languages is scored through MentorFit pair by pair.
 */
public final class CohortFit {

    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private final MentorFit fit;
    private final List<MenteeNeeds> mentees;
    private final List<MentorOffering> mentors;
    private final boolean compiled;
    private final Side[] menteeSides;
    private final Side[] mentorSides;

    /** One side of a pair as bit sets over the cohort's vocabulary. */
    private record Side(
            String memberId,
            long topics,
            int topicCount,
            long industries,
            long languages,
            long offers,
            int offerCount,
            int stageRank,
            int offset) {}

    private CohortFit(MentorFit fit, List<MenteeNeeds> mentees, List<MentorOffering> mentors) {
        this.fit = fit;
        this.mentees = mentees;
        this.mentors = mentors;
        Map<String, Integer> topics = new HashMap<>();
        Map<String, Integer> industries = new HashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        for (MenteeNeeds mentee : mentees) {
            number(mentee.topics(), topics);
            number(mentee.industries(), industries);
            number(mentee.languages(), languages);
        }
        for (MentorOffering mentor : mentors) {
            number(mentor.topics(), topics);
            number(mentor.industries(), industries);
            number(mentor.languages(), languages);
        }
        this.compiled = topics.size() <= Long.SIZE && industries.size() <= Long.SIZE && languages.size() <= Long.SIZE;
        if (!compiled) {
            this.menteeSides = null;
            this.mentorSides = null;
            return;
        }
        this.menteeSides = mentees.stream()
                .map(mentee -> new Side(
                        mentee.memberId(),
                        bits(mentee.topics(), topics),
                        mentee.topics().size(),
                        bits(mentee.industries(), industries),
                        bits(mentee.languages(), languages),
                        offerBits(mentee.seeking()),
                        mentee.seeking().size(),
                        CareerStage.rankOrMinusOne(mentee.careerStage()),
                        mentee.utcOffsetMinutes() == null ? NO_OFFSET : mentee.utcOffsetMinutes()))
                .toArray(Side[]::new);
        this.mentorSides = mentors.stream()
                .map(mentor -> new Side(
                        mentor.memberId(),
                        bits(mentor.topics(), topics),
                        mentor.topics().size(),
                        bits(mentor.industries(), industries),
                        bits(mentor.languages(), languages),
                        offerBits(mentor.offers()),
                        mentor.offers().size(),
                        CareerStage.rankOrMinusOne(mentor.careerStage()),
                        mentor.utcOffsetMinutes() == null ? NO_OFFSET : mentor.utcOffsetMinutes()))
                .toArray(Side[]::new);
    }

    /** The scorer of {@code mentees} against {@code mentors}, who are then named by their index in these lists. */
    public static CohortFit of(MentorFit fit, List<MenteeNeeds> mentees, List<MentorOffering> mentors) {
        return new CohortFit(fit, List.copyOf(mentees), List.copyOf(mentors));
    }

    /** The pair's score as {@link MentorFit#score} gives it, or -1 when it fails {@link MentorFit#admissible}. */
    public int scoreIfAdmissible(int menteeIndex, int mentorIndex) {
        if (!compiled) {
            MenteeNeeds mentee = mentees.get(menteeIndex);
            MentorOffering mentor = mentors.get(mentorIndex);
            return fit.admissible(mentee, mentor) ? fit.score(mentee, mentor) : -1;
        }
        Side mentee = menteeSides[menteeIndex];
        Side mentor = mentorSides[mentorIndex];
        MenteeNeeds needs = mentees.get(menteeIndex);
        boolean sharesLanguage = (mentee.languages() & mentor.languages()) != 0;
        boolean bothZones = mentee.offset() != NO_OFFSET && mentor.offset() != NO_OFFSET;
        int hoursApart = bothZones ? MentorFit.hoursApart(mentee.offset(), mentor.offset()) : 0;
        if (mentee.memberId().equals(mentor.memberId())
                || (needs.mustShareLanguage() && !sharesLanguage)
                || (needs.maxHoursApart() != null && (!bothZones || hoursApart > needs.maxHoursApart()))) {
            return -1;
        }
        return fit.combine(
                MentorFit.topicsMet(Long.bitCount(mentee.topics() & mentor.topics()), mentee.topicCount()),
                MentorFit.sharedMet(mentee.industries() == 0, (mentee.industries() & mentor.industries()) != 0),
                MentorFit.stageMet(mentee.stageRank(), mentor.stageRank()),
                bothZones ? MentorFit.timeZoneMet(hoursApart) : MentorFit.NOT_APPLICABLE,
                MentorFit.sharedMet(mentee.languages() == 0, sharesLanguage),
                MentorFit.goalsMet(Long.bitCount(mentee.offers() & mentor.offers()), mentee.offerCount()));
    }

    private static void number(Set<String> values, Map<String, Integer> numbers) {
        for (String value : values) {
            numbers.putIfAbsent(value, numbers.size());
        }
    }

    private static long bits(Set<String> values, Map<String, Integer> numbers) {
        long bits = 0;
        for (String value : values) {
            bits |= 1L << numbers.get(value);
        }
        return bits;
    }

    private static long offerBits(Set<Offer> offers) {
        long bits = 0;
        for (Offer offer : offers) {
            bits |= 1L << offer.ordinal();
        }
        return bits;
    }
}
