package org.guildhall.mentoring.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A logged session with its private notes: only the pair is ever shown it. */
public record SessionView(
        UUID id,
        LocalDate sessionDate,
        int durationMinutes,
        List<String> topics,
        String privateNotes,
        String loggedBy,
        Instant loggedAt) {

    static SessionView of(MentorshipSession session) {
        return new SessionView(
                session.id(),
                session.sessionDate(),
                session.durationMinutes(),
                session.topics(),
                session.privateNotes(),
                session.loggedBy(),
                session.loggedAt());
    }
}
