package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/**
 * mentoring-service's part of a member's data archive (answering {@code MemberDataRequested}), keyed by the export id:
 * {@code sealed} is the JSON of what it holds about the member (mentor and mentee profiles, requests sent and
 * received, mentorships and their sessions, informational interviews, appreciation, their own cohort enrolments),
 * sealed with the request's public key ({@link org.guildhall.contracts.SealedData}), so only the requester can read it.
 */
public record MemberDataCollected(String exportId, String memberId, String service, String sealed, Instant collectedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
