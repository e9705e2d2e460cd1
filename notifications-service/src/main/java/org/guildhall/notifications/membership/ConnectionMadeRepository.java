package org.guildhall.notifications.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ConnectionMadeRepository implements PanacheRepositoryBase<ConnectionMade, String> {

    /** The ids of the members {@code memberId} connected with since {@code since}. */
    public List<String> connectedSince(String memberId, Instant since) {
        return list("(memberId = ?1 or otherMemberId = ?1) and establishedAt >= ?2", memberId, since).stream()
                .map(connection -> connection.otherThan(memberId))
                .toList();
    }

    public long deleteOf(String memberId) {
        return delete("memberId = ?1 or otherMemberId = ?1", memberId);
    }
}
