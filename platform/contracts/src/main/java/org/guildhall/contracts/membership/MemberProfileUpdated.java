package org.guildhall.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A member changed their profile; carries the profile as the platform may use it (matching, notifications), whatever its visibility in the API. */
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
        Instant updatedAt) {

    /** A networking goal and how far it has come. */
    public record Goal(String goalId, String kind, String description, LocalDate targetDate, String status) {}
}
