package org.guildhall.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A member changed their profile; carries the profile as the platform may use it (matching, notifications), whatever
 * its visibility, and the member's {@code visibility} choice per field (added later, may be absent in older events;
 * keys are the fields' JSON names, values {@code PUBLIC}, {@code MEMBERS} or {@code PRIVATE}), which every service
 * that shows a field to someone honours.
 */
public record MemberProfileUpdated(
        String memberId,
        String displayName,
        String email,
        String headline,
        String location,
        String timeZone,
        String industry,
        String careerStage,
        List<String> skills,
        List<String> topics,
        List<String> languages,
        List<String> openTo,
        List<Goal> goals,
        Instant updatedAt,
        Map<String, String> visibility) {

    /** As published before {@code visibility} was added. */
    public MemberProfileUpdated(
            String memberId,
            String displayName,
            String email,
            String headline,
            String location,
            String timeZone,
            String industry,
            String careerStage,
            List<String> skills,
            List<String> topics,
            List<String> languages,
            List<String> openTo,
            List<Goal> goals,
            Instant updatedAt) {
        this(
                memberId,
                displayName,
                email,
                headline,
                location,
                timeZone,
                industry,
                careerStage,
                skills,
                topics,
                languages,
                openTo,
                goals,
                updatedAt,
                null);
    }

    /** A networking goal and how far it has come. */
    public record Goal(String goalId, String kind, String description, LocalDate targetDate, String status) {}
}
