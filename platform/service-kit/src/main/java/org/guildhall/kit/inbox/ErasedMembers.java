package org.guildhall.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The members this service has erased ({@code erased_member}): only their opaque ids and when, which an erasure
 * process keeps to honour an erasure (docs/messaging.md, "An erasure outlasts late events"). The inbox remembers an id
 * when a handler of {@code MemberErased} acted and forgets it when the id joins again ({@code MemberJoined}); a
 * service that erases members itself (members-service) calls {@link #remember} and {@link #forget} where it does. Plain
 * JDBC on the transaction's connection, like {@link ProcessedMessages}, so a pending Hibernate change is never needed.
 */
@ApplicationScoped
public class ErasedMembers {

    private final DataSource dataSource;

    ErasedMembers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Remembers that {@code memberId} was erased at {@code erasedAt}; a second erasure keeps the first moment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String memberId, Instant erasedAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into erased_member (member_id, erased_at) values (?, ?) on conflict do nothing")) {
            insert.setString(1, memberId);
            insert.setTimestamp(2, Timestamp.from(erasedAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write erased_member", e);
        }
    }

    /** Forgets {@code memberIds}: each joined again, as a new member, and events that name it are theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Collection<String> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from erased_member where member_id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("text", memberIds.toArray()));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write erased_member", e);
        }
    }

    /** Which of {@code memberIds} were erased, each with the moment of its erasure; one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Instant> amongst(Collection<String> memberIds) {
        Map<String, Instant> erased = new LinkedHashMap<>();
        if (memberIds.isEmpty()) {
            return erased;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select member_id, erased_at from erased_member where member_id = any(?) order by member_id")) {
            query.setArray(1, connection.createArrayOf("text", memberIds.toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    erased.put(result.getString(1), result.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read erased_member", e);
        }
        return erased;
    }
}
