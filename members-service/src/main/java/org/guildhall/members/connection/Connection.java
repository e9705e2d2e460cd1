package org.guildhall.members.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Two members who know each other; stored once, the smaller id first. */
@Entity
@Table(name = "connection")
public class Connection {

    /** How the two came to be connected. */
    public enum Via {
        REQUEST,
        INTRODUCTION
    }

    @Id
    private UUID id;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "other_member_id")
    private String otherMemberId;

    @Enumerated(EnumType.STRING)
    private Via via;

    @Column(name = "established_at")
    private Instant establishedAt;

    protected Connection() {}

    public static Connection between(String one, String other, Via via, Instant now) {
        Connection connection = new Connection();
        connection.id = UUID.randomUUID();
        connection.memberId = one.compareTo(other) < 0 ? one : other;
        connection.otherMemberId = one.compareTo(other) < 0 ? other : one;
        connection.via = via;
        connection.establishedAt = now;
        return connection;
    }

    /** The other side of the connection, seen from {@code memberId}. */
    public String otherThan(String member) {
        return memberId.equals(member) ? otherMemberId : memberId;
    }

    public UUID id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String otherMemberId() {
        return otherMemberId;
    }

    public Via via() {
        return via;
    }

    public Instant establishedAt() {
        return establishedAt;
    }
}
