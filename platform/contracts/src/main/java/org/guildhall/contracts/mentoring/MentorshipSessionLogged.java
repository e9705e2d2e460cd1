package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The pair met; private notes stay in mentoring-service. */
public record MentorshipSessionLogged(
        String mentorshipId,
        String mentorId,
        String menteeId,
        LocalDate sessionDate,
        int durationMinutes,
        List<String> topics,
        Instant loggedAt) {}
