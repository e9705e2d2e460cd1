package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.Map;

/**
 * A person became a member. {@code status} is the membership status they start in and {@code tier} their tier, so
 * read models can gate on them without waiting for a later event. {@code visibility} (added later, may be absent in
 * older events) is who the member lets see each profile field, by the field's JSON name ({@code headline},
 * {@code careerStage}, {@code goals}, ...): {@code PUBLIC}, {@code MEMBERS} or {@code PRIVATE}; a service that shows a
 * field honours it.
 */
public record MemberJoined(
        String memberId,
        String displayName,
        String email,
        String headline,
        String location,
        String timeZone,
        String tier,
        String status,
        Instant joinedAt,
        Map<String, String> visibility) {

    /** As published before {@code visibility} was added. */
    public MemberJoined(
            String memberId,
            String displayName,
            String email,
            String headline,
            String location,
            String timeZone,
            String tier,
            String status,
            Instant joinedAt) {
        this(memberId, displayName, email, headline, location, timeZone, tier, status, joinedAt, null);
    }
}
