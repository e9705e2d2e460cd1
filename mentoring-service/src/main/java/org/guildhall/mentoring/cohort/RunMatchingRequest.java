package org.guildhall.mentoring.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What to optimise (default: most matches, then score) and how many best mentors each mentee is offered (default 50). */
public record RunMatchingRequest(MatchObjective objective, @Min(1) @Max(500) Integer candidatesPerMentee) {

    static final int DEFAULT_CANDIDATES = 50;

    MatchObjective objectiveOrDefault() {
        return objective == null ? MatchObjective.MOST_MATCHES_THEN_SCORE : objective;
    }

    int candidatesOrDefault() {
        return candidatesPerMentee == null ? DEFAULT_CANDIDATES : candidatesPerMentee;
    }
}
