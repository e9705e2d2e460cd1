package org.guildhall.kit.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one way the kit writes to Kafka itself (the outbox relay, the inbox's dead letters): string keys and values,
 * idempotent, acknowledged by all in-sync replicas, so a send that succeeded is neither lost nor doubled.
 */
public final class ReliableProducers {

    private ReliableProducers() {}

    /** A producer for {@code clientId}; {@code settings} add to or override the reliable defaults. */
    public static Producer<String, String> create(
            String bootstrapServers, String clientId, Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG,
                clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
        config.putAll(settings);
        return new KafkaProducer<>(config);
    }
}
