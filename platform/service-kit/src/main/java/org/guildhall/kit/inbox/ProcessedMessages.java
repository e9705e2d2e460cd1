package org.guildhall.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into processed_message (message_id, type) values (?, ?) on conflict do nothing")) {
            insert.setObject(1, messageId);
            insert.setString(2, type);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record message " + messageId, e);
        }
    }
}
