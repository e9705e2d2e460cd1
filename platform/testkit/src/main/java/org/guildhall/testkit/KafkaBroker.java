package org.guildhall.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one node) running inside this JVM. It can be
 * stopped and started again on the same port and data, which is how tests simulate a broker outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private static KafkaBroker shared;

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a throw-away broker on free ports; its data goes when the JVM ends. */
    public static KafkaBroker startTemporary() {
        try {
            Path directory = Files.createTempDirectory("guildhall-kafka");
            directory.toFile().deleteOnExit();
            return start(directory, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker whose data lives in {@code logDirectory}, formatting it on first use.
     *
     * @param port the client port, or 0 for a free one
     */
    public static KafkaBroker start(Path logDirectory, int port) {
        KafkaBroker broker = new KafkaBroker(logDirectory, port > 0 ? port : freePort(), freePort());
        broker.start();
        return broker;
    }

    /** The broker every test of this JVM uses, started on first use and stopped when the JVM exits. */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "kafka-shutdown"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the broker again on the same port and data after {@link #stop()}. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        Quiet.infrastructureLogging();
        try {
            Files.createDirectories(logDirectory);
            format();
            server = new KafkaRaftServer(new KafkaConfig(configuration()), Time.SYSTEM);
            server.startup();
            awaitReady();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start in " + logDirectory, e);
        }
    }

    /** Stops the broker and waits until it is down; its data stays. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void format() throws Exception {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return; // formatted on an earlier start: keep its cluster id and data
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDirectory.toString()))
                .setMetadataLogDirectory(logDirectory.toString())
                .setControllerListenerName("CONTROLLER")
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private Map<String, String> configuration() {
        Map<String, String> properties = new HashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("log.dirs", logDirectory.toString());
        properties.put("num.partitions", "3");
        properties.put("auto.create.topics.enable", "true");
        // What stays on the topics is bounded (erasure, GDPR Art. 17): the published language keeps 30 days, as the
        // topics of deploy/ do; a segment rolls at least daily, so nothing outlives 31 days.
        properties.put("log.retention.ms", "2592000000");
        properties.put("log.roll.ms", "86400000");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "5");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.flush.interval.messages", "1");
        return properties;
    }

    private void awaitReady() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                "30000"))) {
            admin.describeCluster().nodes().get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
