package org.guildhall.members.connection;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.members.membership.Member;

/** One of the caller's connections. */
public record ConnectionView(
        UUID connectionId, String memberId, String displayName, Connection.Via via, Instant establishedAt) {

    static ConnectionView of(Connection connection, Member other, String viewer) {
        return new ConnectionView(
                connection.id(),
                connection.otherThan(viewer),
                other == null ? null : other.displayName(),
                connection.via(),
                connection.establishedAt());
    }
}
