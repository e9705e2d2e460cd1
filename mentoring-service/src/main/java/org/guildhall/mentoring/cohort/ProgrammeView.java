package org.guildhall.mentoring.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A programme: its window, how many enrolled, where it stands, and how the caller takes part ({@code enrolledAs},
 * absent if they do not). Pair rules name members, so only coordinators and admins see them.
 */
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Enrolment.Role enrolledAs,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PairRule> pairRules,
        boolean previewReady,
        Instant publishedAt) {

    static ProgrammeView of(Programme programme, String callerId, boolean seesPairRules) {
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
                programme.enrolmentOf(callerId).map(Enrolment::role).orElse(null),
                seesPairRules ? programme.pairRules() : null,
                programme.preview() != null,
                programme.publishedAt());
    }
}
