package org.guildhall.kit.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.kit.outbox.OutboxRelay;

/** Ready only while the Kafka broker answers; reports whether this replica is the active outbox publisher. */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private final String bootstrapServers;
    private final OutboxRelay relay;
    private Admin admin;

    KafkaReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxRelay relay) {
        this.bootstrapServers = bootstrapServers;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes()
                    .get(3, TimeUnit.SECONDS)
                    .size();
            return HealthCheckResponse.named("kafka")
                    .up()
                    .withData("brokers", nodes)
                    .withData("outboxPublisher", relay.isLeader())
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
