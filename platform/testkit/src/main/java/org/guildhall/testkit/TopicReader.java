package org.guildhall.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;

/**
 * Reads a topic from its beginning for a test, in a consumer group of its own. Each call to {@link #records()} polls
 * once more and returns everything read so far, so tests wait on it with Awaitility.
 */
public final class TopicReader implements AutoCloseable {

    private static final Map<String, TopicReader> SHARED = new ConcurrentHashMap<>();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicReader(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static TopicReader fromStart(String bootstrapServers, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
        return new TopicReader(consumer);
    }

    /**
     * One reader of {@code topic} on the test JVM's broker ({@link KafkaBroker#shared()}), from its start, shared by
     * every test class that reads the topic (a field {@code static final TopicReader membership =
     * TopicReader.shared(Topics.MEMBERSHIP)}); it lives as long as the JVM.
     */
    public static TopicReader shared(String topic) {
        return SHARED.computeIfAbsent(
                topic, any -> fromStart(KafkaBroker.shared().bootstrapServers(), topic));
    }

    /** Everything read so far, after one more poll. */
    public synchronized List<ConsumerRecord<String, String>> records() {
        consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** The records whose key is {@code key}, after one more poll. */
    public List<ConsumerRecord<String, String>> recordsWithKey(String key) {
        return records().stream().filter(record -> key.equals(record.key())).toList();
    }

    /** The records of {@code type} whose key is {@code key}, after one more poll. */
    public List<ConsumerRecord<String, String>> ofType(EventType<?> type, String key) {
        return recordsWithKey(key).stream()
                .filter(record -> type.type().equals(header(record, CloudEventHeaders.TYPE)))
                .toList();
    }

    /**
     * Waits (up to 60 s) for the first record of {@code type} keyed {@code key}, checks its CloudEvents envelope (the
     * subject is the key, the source is {@code source}) and that its payload conforms to the contract's example
     * ({@link ContractExamples#assertConforms}), and returns it: what a producer's test asks of each event it publishes.
     */
    public ConsumerRecord<String, String> awaitConforming(EventType<?> type, String key, String source) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !ofType(type, key)
                .isEmpty());
        ConsumerRecord<String, String> record = ofType(type, key).get(0);
        Assertions.assertThat(header(record, CloudEventHeaders.SUBJECT))
                .as("ce_subject")
                .isEqualTo(key);
        Assertions.assertThat(header(record, CloudEventHeaders.SOURCE))
                .as("ce_source")
                .isEqualTo(source);
        Assertions.assertThat(header(record, CloudEventHeaders.SPEC_VERSION))
                .as("ce_specversion")
                .isEqualTo("1.0");
        Assertions.assertThat(header(record, CloudEventHeaders.ID)).as("ce_id").isNotBlank();
        ContractExamples.assertConforms(type, record.value());
        return record;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
