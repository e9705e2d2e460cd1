package org.guildhall.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.contracts.EventType;

/**
 * Records domain events in the caller's transaction (docs/messaging.md). Nothing reaches Kafka here: the {@link OutboxRelay}
 * publishes the row once the transaction has committed, and is woken at that moment.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    Outbox(
            DataSource dataSource,
            ObjectMapper json,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.dataSource = dataSource;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
    }

    /**
     * Records that {@code payload} happened to aggregate {@code aggregateId}; it is published on the type's topic
     * with the aggregate id as key and CloudEvents subject.
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID record(EventType<P> type, String aggregateId, P payload) {
        UUID eventId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into outbox (event_id, topic, message_key, type, source, subject, occurred_at, payload)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            insert.setObject(1, eventId);
            insert.setString(2, type.topic());
            insert.setString(3, aggregateId);
            insert.setString(4, type.type());
            insert.setString(5, source);
            insert.setString(6, aggregateId);
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.setString(8, json.writeValueAsString(payload));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + type.type() + " in the outbox", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unserialisable " + type.type() + " payload", e);
        }
        wakeRelayAfterCommit();
        return eventId;
    }

    /**
     * Erasure (GDPR Art. 17): deletes, in the caller's transaction, every published row that names {@code id}, as its
     * key, its subject or any string value of its payload. Rows not yet published stay: consumers still need them,
     * and they go after the retention like every other published row ({@link OutboxPruning}).
     *
     * @return how many rows went
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetSentAbout(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox where sent_at is not null"
                                + " and (message_key = ? or subject = ?"
                                + " or jsonb_path_exists(payload, 'strict $.** ? (@ == $id)', jsonb_build_object('id', ?::text)))")) {
            delete.setString(1, id);
            delete.setString(2, id);
            delete.setString(3, id);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not forget the published events about " + id, e);
        }
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
