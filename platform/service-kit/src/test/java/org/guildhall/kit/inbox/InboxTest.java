package org.guildhall.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.kit.testapp.Noted;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox's guarantees (docs/messaging.md, idempotent consumers) on the testkit's PostgreSQL and Kafka: an event
 * acts once however often it comes, a batch that fails is handled message by message, a failing handler is retried a
 * bounded number of times and then parked, a poison message is parked at once, and the others go on. Handlers write
 * what they did to a table in their transaction, so a rolled-back attempt leaves nothing.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class InboxTest {

    @Inject
    Inbox inbox;

    @Inject
    DataSource dataSource;

    @Inject
    InboxSettings settings;

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @BeforeEach
    void countAfresh() {
        attempts.clear();
    }

    @Test
    void shouldActOnAnEventOnceHoweverOftenItIsDelivered() throws Exception {
        EventType<Noted> type = Noted.freshType();
        ConsumerRecord<String, String> joined = record(type, 0, UUID.randomUUID(), "{\"text\": \"joined\", \"n\": 1}");

        assertThat(inbox.processAll(List.of(joined, joined), handlers(type))).isEqualTo(1);
        assertThat(inbox.processAll(List.of(joined), handlers(type))).isZero();
        assertThat(inbox.processAll(
                        List.of(record(type, 1, UUID.randomUUID(), "{\"text\": \"other\", \"n\": 2}"), joined),
                        handlers(type)))
                .isEqualTo(1);

        assertThat(handled(eventId(joined))).isEqualTo(1);
    }

    @Test
    void shouldRecordAWholeBatchInTheInboxWithOneStatement() throws Exception {
        EventType<Noted> type = Noted.freshType();
        List<ConsumerRecord<String, String>> batch = List.of(
                record(type, 0, UUID.randomUUID(), "{\"text\": \"one\", \"n\": 1}"),
                record(type, 1, UUID.randomUUID(), "{\"text\": \"two\", \"n\": 2}"),
                record(type, 2, UUID.randomUUID(), "{\"text\": \"three\", \"n\": 3}"));

        assertThat(inbox.processAll(batch, handlers(type))).isEqualTo(3);

        // rows one statement inserted share its command id (PostgreSQL's cmin); the handlers' own inserts come between
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*), count(distinct xmin::text), count(distinct cmin::text)"
                                + " from processed_message where message_id = any (?)")) {
            query.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", batch.stream().map(InboxTest::eventId).toArray()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                assertThat(result.getLong(1)).as("recorded").isEqualTo(3);
                assertThat(result.getLong(2)).as("transactions").isEqualTo(1);
                assertThat(result.getLong(3)).as("statements").isEqualTo(1);
            }
        }
        batch.forEach(record -> assertThat(handledQuietly(eventId(record))).isEqualTo(1));
    }

    @Test
    void shouldHandleAFailingBatchMessageByMessageRetryTheFailingOneABoundedNumberOfTimesAndParkIt() throws Exception {
        EventType<Noted> type = Noted.freshType();
        ConsumerRecord<String, String> first = record(type, 0, UUID.randomUUID(), "{\"text\": \"first\", \"n\": 1}");
        ConsumerRecord<String, String> failing = record(type, 1, UUID.randomUUID(), "{\"text\": \"fail\", \"n\": 2}");
        ConsumerRecord<String, String> last = record(type, 2, UUID.randomUUID(), "{\"text\": \"last\", \"n\": 3}");

        try (TopicReader deadLetters = TopicReader.fromStart(
                KafkaBroker.shared().bootstrapServers(), Topics.deadLetter(type.topic(), "kit-test"))) {
            int acted = inbox.processAll(List.of(first, failing, last), handlers(type));

            assertThat(acted).isEqualTo(2);
            // the batch's transaction rolled back with the failure; each neighbour then acted once on its own
            assertThat(handled(eventId(first))).isEqualTo(1);
            assertThat(handled(eventId(last))).isEqualTo(1);
            assertThat(handled(eventId(failing))).isZero();
            // once in the batch, then max-attempts times alone
            assertThat(attempts.get("fail")).hasValue(1 + settings.maxAttempts());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !deadLetters.records().isEmpty());
            ConsumerRecord<String, String> parked = deadLetters.records().get(0);
            assertThat(TopicReader.header(parked, CloudEventHeaders.ID))
                    .isEqualTo(eventId(failing).toString());
            assertThat(parked.value()).isEqualTo(failing.value());
            assertThat(TopicReader.header(parked, "dead-letter-reason")).contains("handler refused");
            assertThat(TopicReader.header(parked, "dead-letter-exception-class-name"))
                    .isNotBlank();
            assertThat(TopicReader.header(parked, "dead-letter-topic")).isEqualTo(type.topic());
            assertThat(TopicReader.header(parked, "dead-letter-offset")).isEqualTo("1");
        }
    }

    @Test
    void shouldParkAPoisonMessageAtOnceAndHandleItsNeighbours() throws Exception {
        EventType<Noted> type = Noted.freshType();
        ConsumerRecord<String, String> untyped = record(type, 0, UUID.randomUUID(), "{\"text\": \"a\", \"n\": 1}");
        untyped.headers().remove(CloudEventHeaders.TYPE);
        ConsumerRecord<String, String> unreadable = record(type, 1, UUID.randomUUID(), "{not json");
        ConsumerRecord<String, String> good = record(type, 2, UUID.randomUUID(), "{\"text\": \"good\", \"n\": 3}");

        try (TopicReader deadLetters = TopicReader.fromStart(
                KafkaBroker.shared().bootstrapServers(), Topics.deadLetter(type.topic(), "kit-test"))) {
            assertThat(inbox.processAll(List.of(untyped, unreadable, good), handlers(type)))
                    .isEqualTo(1);

            assertThat(handled(eventId(good))).isEqualTo(1);
            assertThat(attempts).containsOnlyKeys("good"); // no retry can fix a poison message: never handled
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLetters.records().size() == 2);
            assertThat(deadLetters.records())
                    .extracting(record -> TopicReader.header(record, "dead-letter-reason"))
                    .satisfiesExactly(
                            reason -> assertThat(reason).contains("has no " + CloudEventHeaders.TYPE),
                            reason -> assertThat(reason).startsWith("unreadable " + type.type()));
        }
    }

    @Test
    void shouldSkipTypesItDoesNotHandle() throws Exception {
        EventType<Noted> type = Noted.freshType();
        EventType<Noted> other = new EventType<>(type.topic(), "Other", 1, Noted.class);
        ConsumerRecord<String, String> unknown = record(other, 0, UUID.randomUUID(), "{\"text\": \"x\", \"n\": 1}");

        assertThat(inbox.processAll(List.of(unknown), handlers(type))).isZero();
        assertThat(attempts).isEmpty();
        assertThat(handled(eventId(unknown))).isZero();
    }

    private EventHandlers handlers(EventType<Noted> type) {
        return EventHandlers.on(type, event -> {
            attempts.computeIfAbsent(event.payload().text(), any -> new AtomicInteger())
                    .incrementAndGet();
            if ("fail".equals(event.payload().text())) {
                throw new IllegalStateException("handler refused " + event.id());
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert =
                            connection.prepareStatement("insert into handled (event_id, text) values (?, ?)")) {
                insert.setObject(1, event.id());
                insert.setString(2, event.payload().text());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ConsumerRecord<String, String> record(EventType<?> type, long offset, UUID id, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(type.topic(), 0, offset, "ada", payload);
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, id.toString());
        header(record, CloudEventHeaders.TYPE, type.type());
        header(record, CloudEventHeaders.SOURCE, "test");
        header(record, CloudEventHeaders.SUBJECT, "ada");
        header(record, CloudEventHeaders.TIME, "2026-12-01T04:00:00Z");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static UUID eventId(ConsumerRecord<String, String> record) {
        return UUID.fromString(TopicReader.header(record, CloudEventHeaders.ID));
    }

    private long handledQuietly(UUID eventId) {
        try {
            return handled(eventId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long handled(UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from handled where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
