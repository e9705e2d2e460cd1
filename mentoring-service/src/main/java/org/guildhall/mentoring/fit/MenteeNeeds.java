package org.guildhall.mentoring.fit;

import java.util.Set;

/**
 * What a mentee looks for, as matching reads it: from their mentee profile and the member read model.
 * {@code utcOffsetMinutes} is null when their time zone is unknown; {@code maxHoursApart} null when they set no limit.
 */
public record MenteeNeeds(
        String memberId,
        Set<String> topics,
        Set<String> industries,
        String careerStage,
        Integer utcOffsetMinutes,
        Set<String> languages,
        Set<Offer> seeking,
        Set<String> goals,
        boolean mustShareLanguage,
        Integer maxHoursApart) {

    public MenteeNeeds {
        topics = Set.copyOf(topics);
        industries = Set.copyOf(industries);
        languages = Set.copyOf(languages);
        seeking = Set.copyOf(seeking);
        goals = Set.copyOf(goals);
    }
}
