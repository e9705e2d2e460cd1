package org.guildhall.kit.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.kit.kafka.ReliableProducers;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka (docs/messaging.md). One relay per service is active at a time: the one holding a PostgreSQL
 * session advisory lock on a connection it keeps while it leads, and gives back (unlocks) before that connection returns
 * to the pool; the others wait for the lock. Rows go out in id order through an idempotent
 * producer with {@code acks=all} and are marked sent only once the broker has acknowledged them, so a broker outage
 * delays events but loses none.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Both halves of the advisory lock key: "guildhall", "outbox". One database per service, so one key suffices. */
    private static final int LOCK_CLASS = 0x6775_696c;

    private static final int LOCK_OBJECT = 0x6f75_7462;

    private final DataSource dataSource;
    private final OutboxSettings settings;
    private final String bootstrapServers;
    private final String clientId;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private volatile boolean leader;
    private Thread worker;
    private Connection lockConnection;
    private Producer<String, String> producer;

    OutboxRelay(
            DataSource dataSource,
            OutboxSettings settings,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox";
    }

    void start(@Observes StartupEvent started) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Asks the relay to look at the outbox now; called after a transaction that recorded events commits. */
    public void wake() {
        wakeUps.release();
    }

    /** Whether this replica holds the relay lock. */
    public boolean isLeader() {
        return leader;
    }

    private void run() {
        while (running) {
            try {
                boolean moreWaiting = becomeLeader() && publishBatch();
                if (!moreWaiting) {
                    awaitWakeUp(settings.pollInterval().toMillis());
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Outbox relay paused for %s: %s", settings.retryBackoff(), e.getMessage());
                releaseLeadership();
                closeProducer();
                awaitWakeUp(settings.retryBackoff().toMillis());
            }
        }
        releaseLeadership();
        closeProducer();
    }

    private boolean becomeLeader() throws SQLException {
        if (lockConnection != null && lockConnection.isValid(2)) {
            return leader;
        }
        releaseLeadership();
        lockConnection = dataSource.getConnection();
        lockConnection.setAutoCommit(true);
        try (PreparedStatement tryLock = lockConnection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            tryLock.setInt(1, LOCK_CLASS);
            tryLock.setInt(2, LOCK_OBJECT);
            try (ResultSet result = tryLock.executeQuery()) {
                result.next();
                leader = result.getBoolean(1);
            }
        }
        if (!leader) {
            // another replica relays; try again after the poll interval with a fresh connection
            closeLockConnection();
        } else {
            LOG.infof("Outbox relay %s is the active publisher", clientId);
        }
        return leader;
    }

    /** Publishes one batch in id order; returns whether a full batch went out, i.e. more may be waiting. */
    private boolean publishBatch() throws SQLException {
        List<OutgoingRow> rows = unsentRows();
        if (rows.isEmpty()) {
            return false;
        }
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(rows.size());
        for (OutgoingRow row : rows) {
            Future<RecordMetadata> acknowledgement = kafka.send(row.toRecord());
            acknowledgements.add(acknowledgement);
            if (refusedAtOnce(acknowledgement)) {
                // refused before it left (no broker to take it yet): what follows would get ahead of it
                break;
            }
        }
        kafka.flush();
        List<Long> sent = new ArrayList<>(rows.size());
        RuntimeException failure = null;
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get();
                sent.add(rows.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while publishing", e);
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                // keep commit order: what follows the first failure is sent again on the next round
                failure = new IllegalStateException(
                        "broker refused event " + rows.get(i).eventId(), e.getCause());
                break;
            }
        }
        markSent(sent);
        if (failure != null) {
            throw failure;
        }
        return rows.size() == settings.batchSize();
    }

    private static boolean refusedAtOnce(Future<RecordMetadata> acknowledgement) {
        if (!acknowledgement.isDone()) {
            return false;
        }
        try {
            acknowledgement.get();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private List<OutgoingRow> unsentRows() throws SQLException {
        try (PreparedStatement select = lockConnection.prepareStatement(
                "select id, event_id, topic, message_key, type, source, subject, occurred_at, payload::text"
                        + " from outbox where sent_at is null order by id limit ?")) {
            select.setInt(1, settings.batchSize());
            List<OutgoingRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutgoingRow(
                            result.getLong(1),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            result.getString(5),
                            result.getString(6),
                            result.getString(7),
                            result.getTimestamp(8).toInstant(),
                            result.getString(9)));
                }
            }
            return rows;
        }
    }

    private void markSent(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                lockConnection.prepareStatement("update outbox set sent_at = now() where id = any (?)")) {
            Array array = lockConnection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = ReliableProducers.create(
                    bootstrapServers,
                    clientId,
                    Map.of(
                            ProducerConfig.LINGER_MS_CONFIG,
                            0,
                            // bounded waits, so an absent broker fails a round quickly and the rows are retried
                            ProducerConfig.MAX_BLOCK_MS_CONFIG,
                            5_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                            5_000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                            15_000));
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(java.time.Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private void releaseLeadership() {
        if (leader) {
            unlock();
        }
        leader = false;
        closeLockConnection();
    }

    /**
     * Gives the advisory lock back. Closing the connection does not: it returns to the pool with its session, and the
     * session keeps the lock, so after a failed round the next connection this relay (or another replica) takes would
     * be refused the lock until the pool happened to hand that same session back.
     */
    private void unlock() {
        if (lockConnection == null) {
            return;
        }
        try (PreparedStatement unlock = lockConnection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_CLASS);
            unlock.setInt(2, LOCK_OBJECT);
            unlock.execute();
        } catch (SQLException e) {
            // the session is broken: PostgreSQL releases a dead session's locks with it
            LOG.debugf("releasing the relay lock failed: %s", e.getMessage());
        }
    }

    private void closeLockConnection() {
        if (lockConnection != null) {
            try {
                lockConnection.close(); // back to the pool; the lock was given back before
            } catch (SQLException e) {
                LOG.debug("closing the relay connection failed", e);
            }
            lockConnection = null;
        }
    }

    private void awaitWakeUp(long millis) {
        try {
            if (wakeUps.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record OutgoingRow(
            long id,
            String eventId,
            String topic,
            String key,
            String type,
            String source,
            String subject,
            java.time.Instant occurredAt,
            String payload) {

        ProducerRecord<String, String> toRecord() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(record, CloudEventHeaders.ID, eventId);
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.SOURCE, source);
            header(record, CloudEventHeaders.SUBJECT, subject);
            header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            return record;
        }

        private static void header(ProducerRecord<String, String> record, String name, String value) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
