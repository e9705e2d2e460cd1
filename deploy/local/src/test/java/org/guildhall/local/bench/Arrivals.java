package org.guildhall.local.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer (own group, the client's default fetch settings) that notes when each event whose key starts
 * with a prefix reaches it: microseconds of this machine's wall clock, the clock PostgreSQL's commit timestamps read
 * too. It splits commit-to-applied into delivery (relay, broker, fetch) and applying.
 */
final class Arrivals implements AutoCloseable {

    private final Map<String, Long> micros = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    Arrivals(String bootstrapServers, String topic, String keyPrefix) {
        thread = new Thread(() -> consume(bootstrapServers, topic, keyPrefix), "arrivals");
        thread.start();
    }

    /** When the event with this {@code ce_id} arrived, or null. */
    Long of(String eventId) {
        return micros.get(eventId);
    }

    private void consume(String bootstrapServers, String topic, String keyPrefix) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers",
                bootstrapServers,
                "group.id",
                "commit-to-applied-benchmark",
                "auto.offset.reset",
                "earliest",
                "key.deserializer",
                StringDeserializer.class.getName(),
                "value.deserializer",
                StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(50));
                Instant now = Instant.now();
                long at = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
                for (ConsumerRecord<String, String> record : records) {
                    if (record.key() != null && record.key().startsWith(keyPrefix)) {
                        String id =
                                new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                        micros.putIfAbsent(id, at);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
