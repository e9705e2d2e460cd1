package org.guildhall.mentoring.fit;

import java.util.Set;

/** What a mentor offers, as matching reads it; {@code utcOffsetMinutes} is null when their time zone is unknown. */
public record MentorOffering(
        String memberId,
        Set<String> topics,
        Set<String> industries,
        String careerStage,
        Integer utcOffsetMinutes,
        Set<String> languages,
        Set<Offer> offers,
        int capacity,
        int activeMentees) {

    public MentorOffering {
        topics = Set.copyOf(topics);
        industries = Set.copyOf(industries);
        languages = Set.copyOf(languages);
        offers = Set.copyOf(offers);
    }

    /** How full the mentor is, from 0 (no mentees) to 1 (at capacity). */
    public double load() {
        return capacity <= 0 ? 1.0 : Math.min(1.0, (double) activeMentees / capacity);
    }
}
