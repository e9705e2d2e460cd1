package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member thanked another for a mentorship, session, interview, event or shift. */
public record AppreciationSent(
        String appreciationId,
        String fromMemberId,
        String toMemberId,
        String context,
        String contextId,
        String message,
        Instant sentAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(fromMemberId, toMemberId);
    }
}
