package org.guildhall.mentoring.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An informational interview as its two members see it. */
public record InterviewView(
        UUID id,
        String requesterId,
        String hostId,
        String topic,
        String message,
        List<Instant> proposedTimes,
        Instant otherTimeProposed,
        InterviewStatus status,
        Instant scheduledFor,
        Instant requestedAt,
        Instant completedAt) {

    static InterviewView of(InformationalInterview interview) {
        return new InterviewView(
                interview.id(),
                interview.requesterId(),
                interview.hostId(),
                interview.topic(),
                interview.message(),
                interview.proposedTimes(),
                interview.counterTime(),
                interview.status(),
                interview.scheduledFor(),
                interview.requestedAt(),
                interview.completedAt());
    }
}
