package org.guildhall.contracts.notifications;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/**
 * notifications-service's part of a member's data archive (answering {@code MemberDataRequested}), keyed by the export
 * id: {@code sealed} is the JSON of what it holds about the member (their notifications, e-mail deliveries,
 * preferences, quiet hours, language and zone, what its reminders read), sealed with the request's public key
 * ({@link org.guildhall.contracts.SealedData}), so only the requester can read it.
 */
public record MemberDataCollected(String exportId, String memberId, String service, String sealed, Instant collectedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
