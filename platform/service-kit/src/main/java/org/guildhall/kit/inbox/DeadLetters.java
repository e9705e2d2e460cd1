package org.guildhall.kit.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.kafka.ReliableProducers;
import org.jboss.logging.Logger;

/**
 * Parks a message that no attempt could handle on its channel's dead-letter topic, with the original key, value and
 * headers, and the headers SmallRye's {@code dead-letter-queue} strategy writes ({@code dead-letter-reason},
 * {@code dead-letter-cause}, {@code dead-letter-exception-class-name}, {@code dead-letter-topic},
 * {@code dead-letter-partition}, {@code dead-letter-offset}), so tools that read one read the other. It returns only
 * when the broker has the message, so the batch's offsets are never committed past a message that is nowhere.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String clientId;
    private Producer<String, String> producer;

    DeadLetters(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-dead-letters";
    }

    /** Sends {@code record} to {@code topic}; throws if the broker does not take it within 30 s. */
    public void park(ConsumerRecord<String, String> record, String topic, Throwable error) {
        ProducerRecord<String, String> parked = new ProducerRecord<>(topic, null, record.key(), record.value());
        record.headers().forEach(header -> parked.headers().add(header));
        header(parked, "dead-letter-reason", error.getMessage());
        if (error.getCause() != null) {
            header(parked, "dead-letter-cause", error.getCause().getMessage());
        }
        header(parked, "dead-letter-exception-class-name", error.getClass().getName());
        header(parked, "dead-letter-topic", record.topic());
        header(parked, "dead-letter-partition", Integer.toString(record.partition()));
        header(parked, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer().send(parked).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            LOG.warnf(
                    "Parked %s-%d@%d on %s: %s",
                    record.topic(), record.partition(), record.offset(), topic, error.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a message on " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park a message on " + topic, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = ReliableProducers.create(bootstrapServers, clientId, Map.of());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
