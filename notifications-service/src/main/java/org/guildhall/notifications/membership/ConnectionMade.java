package org.guildhall.notifications.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two members connected at a moment; kept from ConnectionEstablished until ConnectionRemoved. */
@Entity
@Table(name = "connection_made")
public class ConnectionMade {

    @Id
    @Column(name = "connection_id")
    private String connectionId;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "other_member_id")
    private String otherMemberId;

    @Column(name = "established_at")
    private Instant establishedAt;

    protected ConnectionMade() {}

    public static ConnectionMade between(String connectionId, String memberId, String otherMemberId, Instant at) {
        ConnectionMade connection = new ConnectionMade();
        connection.connectionId = connectionId;
        connection.memberId = memberId;
        connection.otherMemberId = otherMemberId;
        connection.establishedAt = at;
        return connection;
    }

    /** The other side, seen from {@code member}. */
    public String otherThan(String member) {
        return memberId.equals(member) ? otherMemberId : memberId;
    }

    public Instant establishedAt() {
        return establishedAt;
    }
}
