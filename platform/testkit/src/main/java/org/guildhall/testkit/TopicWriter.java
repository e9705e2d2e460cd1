package org.guildhall.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends CloudEvents-shaped messages straight to a topic, as another service would; for consumer tests. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName()));
    }

    /** Sends {@code payload} as event {@code eventId} of CloudEvents type {@code type} about {@code subject}. */
    public void send(String topic, UUID eventId, String type, String subject, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, payload);
        header(record, "ce_specversion", "1.0");
        if (eventId != null) {
            header(record, "ce_id", eventId.toString());
        }
        header(record, "ce_type", type);
        header(record, "ce_source", "test");
        header(record, "ce_subject", subject);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
