package org.guildhall.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The message log of the inbox (docs/messaging.md). It can only be written inside the handler's own transaction. */
@ApplicationScoped
public class ProcessedMessages {

    private final DataSource dataSource;

    ProcessedMessages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records {@code messageId} as processed; returns {@code false} if it already was, in which case the handler
     * must not act. A concurrent duplicate waits here for the first one's transaction, then sees it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(UUID messageId, String type) {
        return !markAllProcessed(Map.of(messageId, type)).isEmpty();
    }

    /**
     * Records a polled batch's messages (message id to CloudEvents type) as processed in one statement, in message id
     * order so that two transactions recording overlapping batches take the rows' locks in the same order and cannot
     * deadlock. Returns the ids that were not recorded before: only their handlers may act. A message a concurrent
     * transaction is recording is waited for, then counts as recorded if that transaction committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> markAllProcessed(Map<UUID, String> types) {
        if (types.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = new UUID[types.size()];
        String[] typeNames = new String[types.size()];
        int i = 0;
        for (Map.Entry<UUID, String> message : types.entrySet()) {
            ids[i] = message.getKey();
            typeNames[i++] = message.getValue();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        """
                        insert into processed_message (message_id, type)
                        select message_id, type from unnest(?::uuid[], ?::text[]) as message (message_id, type)
                        order by message_id
                        on conflict do nothing
                        returning message_id
                        """)) {
            insert.setArray(1, connection.createArrayOf("uuid", ids));
            insert.setArray(2, connection.createArrayOf("text", typeNames));
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet result = insert.executeQuery()) {
                while (result.next()) {
                    recorded.add(result.getObject(1, UUID.class));
                }
            }
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + types.size() + " messages", e);
        }
    }
}
