package org.guildhall.mentoring.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A programme: its window, who enrolled, its pair rules and where it stands. */
public record ProgrammeView(
        UUID id,
        String name,
        String coordinatorId,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        Programme.Status status,
        int mentors,
        int mentorPlaces,
        int mentees,
        List<PairRule> pairRules,
        boolean previewReady,
        Instant publishedAt) {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(
                programme.id(),
                programme.name(),
                programme.coordinatorId(),
                programme.enrolmentOpensAt(),
                programme.enrolmentClosesAt(),
                programme.status(),
                programme.mentors().size(),
                programme.mentors().stream().mapToInt(Enrolment::capacity).sum(),
                programme.mentees().size(),
                programme.pairRules(),
                programme.preview() != null,
                programme.publishedAt());
    }
}
