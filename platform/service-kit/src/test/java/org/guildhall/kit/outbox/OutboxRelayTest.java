package org.guildhall.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.EventType;
import org.guildhall.kit.testapp.Noted;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * The relay's guarantees (docs/messaging.md, transactional outbox) on the testkit's PostgreSQL and Kafka: one relay
 * per service, woken by the commit and not before, commit order across batches, nothing lost in a broker outage, and
 * only what the broker acknowledged marked sent. The relay polls once an hour here, so only a wake-up publishes.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class OutboxRelayTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void shouldPublishOnlyWhileHoldingTheAdvisoryLockSoOneReplicaRelays() throws Exception {
        await().until(relay::isLeader);
        try (Connection connection = dataSource.getConnection()) {
            ResultSet held = connection
                    .createStatement()
                    .executeQuery("select count(*) from pg_locks where locktype = 'advisory' and granted");
            held.next();
            assertThat(held.getInt(1)).isEqualTo(1);

            ResultSet second = connection
                    .createStatement()
                    .executeQuery("select pg_try_advisory_lock(classid::int, objid::int) from pg_locks"
                            + " where locktype = 'advisory' limit 1");
            second.next();
            // a second replica's relay would ask the same way, and be refused
            assertThat(second.getBoolean(1)).isFalse();
        }
    }

    @Test
    void shouldPublishWhenTheRecordingTransactionCommitsAndNotBefore() {
        EventType<Noted> type = Noted.freshType();
        try (TopicReader topic = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), type.topic())) {
            UUID eventId = QuarkusTransaction.requiringNew().call(() -> {
                UUID recorded = outbox.record(type, "ada", new Noted("joined", 1));
                // still uncommitted: a relay woken now finds nothing, and would then sleep for its poll interval
                await().during(Duration.ofSeconds(1))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> topic.records().isEmpty());
                return recorded;
            });

            await().atMost(PUBLISHED_WITHIN).until(() -> !topic.records().isEmpty());
            ConsumerRecord<String, String> published = topic.records().get(0);
            assertThat(published.key()).isEqualTo("ada");
            assertThat(TopicReader.header(published, CloudEventHeaders.ID)).isEqualTo(eventId.toString());
            assertThat(TopicReader.header(published, CloudEventHeaders.TYPE)).isEqualTo(type.type());
            assertThat(TopicReader.header(published, CloudEventHeaders.SUBJECT)).isEqualTo("ada");
            assertThat(TopicReader.header(published, CloudEventHeaders.SOURCE)).isEqualTo("kit-test");
            assertThat(TopicReader.header(published, CloudEventHeaders.SPEC_VERSION))
                    .isEqualTo("1.0");
            assertThat(published.value()).isEqualTo("{\"n\": 1, \"text\": \"joined\"}");
        }
    }

    @Test
    void shouldPublishNothingOfARolledBackTransaction() {
        EventType<Noted> type = Noted.freshType();
        try (TopicReader topic = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), type.topic())) {
            QuarkusTransaction.begin();
            outbox.record(type, "ada", new Noted("never", 1));
            QuarkusTransaction.rollback();
            QuarkusTransaction.requiringNew().run(() -> outbox.record(type, "ada", new Noted("kept", 2)));

            await().atMost(PUBLISHED_WITHIN).until(() -> !topic.records().isEmpty());
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> topic.records().size() == 1);
            assertThat(topic.records().get(0).value()).contains("kept");
        }
    }

    @Test
    void shouldPublishInCommitOrderAcrossBatches() {
        EventType<Noted> type = Noted.freshType();
        List<String> recorded = new ArrayList<>();
        for (int transaction = 0; transaction < 5; transaction++) {
            int first = transaction * 13;
            recorded.addAll(QuarkusTransaction.requiringNew().call(() -> record(type, "ada", first, 13)));
        }

        try (TopicReader topic = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), type.topic())) {
            // 65 events in batches of 20: four rounds, each going on at once after a full batch
            await().atMost(PUBLISHED_WITHIN).until(() -> topic.records().size() >= recorded.size());
            assertThat(topic.records())
                    .extracting(record -> TopicReader.header(record, CloudEventHeaders.ID))
                    .containsExactlyElementsOf(recorded);
        }
    }

    @Test
    void shouldKeepEventsThroughABrokerOutageAndPublishThemOnceItReturns() {
        EventType<Noted> type = Noted.freshType();
        List<String> recorded;
        KafkaBroker.shared().stop();
        try {
            recorded = QuarkusTransaction.requiringNew().call(() -> record(type, "linus", 0, 5));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(12)).until(() -> unsent(type) == 5);
        } finally {
            KafkaBroker.shared().start();
        }

        try (TopicReader topic = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), type.topic())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> unsent(type) == 0);
            await().atMost(PUBLISHED_WITHIN).until(() -> topic.records().size() >= recorded.size());
            assertThat(topic.records())
                    .extracting(record -> TopicReader.header(record, CloudEventHeaders.ID))
                    .containsExactlyElementsOf(recorded);
        }
    }

    @Test
    void shouldMarkSentOnlyWhatTheBrokerAcknowledgedAndSendNothingAheadOfARefusedEvent() throws Exception {
        EventType<Noted> type = Noted.freshType();
        // the broker refuses the second event (its topic's name is not a valid one); the third comes after it
        EventType<Noted> refused = new EventType<>("kit test refused " + UUID.randomUUID(), "Noted", 1, Noted.class);
        List<String> recorded = QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        outbox.record(type, "ada", new Noted("first", 1)).toString(),
                        outbox.record(refused, "ada", new Noted("second", 2)).toString(),
                        outbox.record(type, "ada", new Noted("third", 3)).toString()));

        try {
            awaitSentAgainFromTheRefusal(type, recorded);
        } finally {
            // never leave a refused row behind: it would hold back every later event of the other tests
            execute("update outbox set topic = ? where event_id = ?::uuid", type.topic(), recorded.get(1));
        }
    }

    @Test
    void shouldGiveTheLockBackWhenARoundFailsSoTheNextConnectionCanLead() throws Exception {
        EventType<Noted> type = Noted.freshType();
        EventType<Noted> refused = new EventType<>("kit test refused " + UUID.randomUUID(), "Noted", 1, Noted.class);
        String refusedId = QuarkusTransaction.requiringNew()
                .call(() ->
                        outbox.record(refused, "ada", new Noted("refused", 1)).toString());
        try {
            // every round fails at the refused row and pauses for the retry backoff (300 ms here) without the lock;
            // a lock left with the connection's pooled session would be held all along
            await().atMost(PUBLISHED_WITHIN).pollInterval(Duration.ofMillis(10)).until(() -> relayLocksHeld() == 0);
        } finally {
            execute("update outbox set topic = ? where event_id = ?::uuid", type.topic(), refusedId);
        }
        await().atMost(PUBLISHED_WITHIN).until(() -> sent(refusedId));
        assertThat(relayLocksHeld()).isEqualTo(1);
    }

    private long relayLocksHeld() throws SQLException {
        return count(
                "select count(*) from pg_locks where locktype = 'advisory' and granted and objid = ?::oid",
                Long.toString(0x6f75_7462));
    }

    private void awaitSentAgainFromTheRefusal(EventType<Noted> type, List<String> recorded) throws Exception {
        try (TopicReader topic = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), type.topic())) {
            await().atMost(PUBLISHED_WITHIN).until(() -> sent(recorded.get(0)));
            // round after round: the first stays sent; the second is refused, and the third never gets ahead of it
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(12))
                    .until(() -> !sent(recorded.get(1)) && !sent(recorded.get(2)));
            assertThat(ids(topic)).containsExactly(recorded.get(0));

            execute("update outbox set topic = ? where event_id = ?::uuid", type.topic(), recorded.get(1));
            await().atMost(PUBLISHED_WITHIN).until(() -> sent(recorded.get(1)) && sent(recorded.get(2)));
            await().atMost(PUBLISHED_WITHIN).until(() -> ids(topic).size() >= 3);
            assertThat(ids(topic)).containsExactlyElementsOf(recorded);
        }
    }

    private static List<String> ids(TopicReader topic) {
        return topic.records().stream()
                .map(record -> TopicReader.header(record, CloudEventHeaders.ID))
                .toList();
    }

    private List<String> record(EventType<Noted> type, String key, int first, int count) {
        List<String> ids = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            ids.add(outbox.record(type, key, new Noted("noted", n)).toString());
        }
        return ids;
    }

    private long unsent(EventType<?> type) throws SQLException {
        return count("select count(*) from outbox where topic = ? and sent_at is null", type.topic());
    }

    private boolean sent(String eventId) throws SQLException {
        return count("select count(*) from outbox where event_id = ?::uuid and sent_at is not null", eventId) == 1;
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
