package org.guildhall.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;

/**
 * What the services run on, which the platform starts before them and stops after them: an embedded PostgreSQL with
 * one database per service, a Kafka broker inside this JVM, the local mail server, the local signing key and, when
 * the platform runs with one, a real Keycloak. {@link Platform} calls each step under its step lock.
 */
final class Infrastructure {

    private final Path home;
    private final boolean keepData;
    private final boolean durable;
    private final int postgresPort;
    private final int kafkaPort;
    private final int smtpPort;
    private final int imapPort;
    private final int pop3Port;
    private final Path keycloakDistribution;
    private final Path realmFile;
    private final int keycloakPort;
    private final Consumer<String> progress;

    private Postgres postgres;
    private KafkaBroker kafka;
    private LocalMail mail;
    private LocalKeycloak keycloak;
    private Path kafkaDirectory;
    private SigningKey signingKey;

    Infrastructure(
            Path home,
            boolean keepData,
            boolean durable,
            int postgresPort,
            int kafkaPort,
            int smtpPort,
            int imapPort,
            int pop3Port,
            Path keycloakDistribution,
            Path realmFile,
            int keycloakPort,
            Consumer<String> progress) {
        this.home = home;
        this.keepData = keepData;
        this.durable = durable;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.pop3Port = pop3Port;
        this.keycloakDistribution = keycloakDistribution;
        this.realmFile = realmFile;
        this.keycloakPort = keycloakPort;
        this.progress = progress;
    }

    /** Whether the platform runs with a real Keycloak. */
    boolean withKeycloak() {
        return keycloakDistribution != null;
    }

    void checkKeycloakPresent() {
        if (keycloakDistribution != null && !LocalKeycloak.isDistribution(keycloakDistribution)) {
            throw new PlatformException("no Keycloak in " + Machine.display(keycloakDistribution)
                    + " (no bin/kc.sh): unpack org.keycloak:keycloak-quarkus-dist:" + LocalKeycloak.VERSION
                    + ":tar.gz there; ./guildhall up --keycloak does it with the Maven wrapper");
        }
        if (keycloakDistribution != null && !Files.isRegularFile(realmFile)) {
            throw new PlatformException("no realm file " + Machine.display(realmFile));
        }
    }

    /** Adds each port of the infrastructure that another process holds to {@code busy}. */
    void checkPortsFree(List<String> busy) {
        checkPortFree(postgresPort, "PostgreSQL", busy);
        checkPortFree(kafkaPort, "Kafka", busy);
        checkPortFree(smtpPort, "SMTP", busy);
        checkPortFree(imapPort, "IMAP", busy);
        checkPortFree(pop3Port, "POP3", busy);
        if (keycloakDistribution != null) {
            checkPortFree(keycloakPort, "Keycloak", busy);
        }
    }

    static void checkPortFree(int port, String user, List<String> busy) {
        if (port > 0 && !Machine.isFree(port)) {
            busy.add(port + " (" + user + ")");
        }
    }

    void startKeycloak(Watchdog watchdog) {
        if (keycloakDistribution == null) {
            return;
        }
        int port = keycloakPort > 0 ? keycloakPort : Machine.freePort();
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path logFile = home.resolve("logs").resolve("keycloak.log");
        progress.accept("Keycloak: starting on port " + port + " from " + Machine.display(keycloakDistribution)
                + ", realm " + Machine.display(realmFile) + (keepData ? ", data kept" : ", data in memory") + ", log "
                + Machine.display(logFile));
        keycloak = LocalKeycloak.start(keycloakDistribution, realmFile, port, keepData, javaHome, logFile);
        OwnedProcess.of("keycloak", keycloak.pid(), false).ifPresent(watchdog::watch);
    }

    /** Waits for the Keycloak started by {@link #startKeycloak}; {@code stillWanted} throws to give up. */
    static void awaitKeycloakReady(LocalKeycloak starting, Runnable stillWanted, Consumer<String> progress) {
        progress.accept("waiting for Keycloak ...");
        starting.awaitReady(Platform.KEYCLOAK_READINESS_TIMEOUT, stillWanted);
        progress.accept("Keycloak: ready on " + starting.baseUrl() + " after "
                + starting.sinceStart().toSeconds() + " s, realm " + starting.realmUrl());
    }

    void startPostgres(Watchdog watchdog) {
        Path dataDirectory = keepData ? home.resolve("postgres") : null;
        progress.accept("PostgreSQL: starting"
                + (postgresPort > 0 ? " on port " + postgresPort : "")
                + (dataDirectory != null ? ", data in " + Machine.display(dataDirectory) : ""));
        postgres = Postgres.start(dataDirectory, postgresPort, durable);
        OwnedProcess.postmaster(postgres.jdbcUrl("postgres"), Postgres.USER, Postgres.PASSWORD)
                .ifPresent(watchdog::watch);
        for (Service service : Service.values()) {
            postgres.ensureDatabase(service.database());
        }
        progress.accept("PostgreSQL: ready on localhost:" + postgres.port() + ", databases "
                + Stream.of(Service.values()).map(Service::database).collect(Collectors.joining(", "))
                + (durable ? "; every commit on disk before it is acknowledged" : ""));
    }

    void startKafka() {
        try {
            if (keepData) {
                kafkaDirectory = home.resolve("kafka");
            } else {
                Files.createDirectories(home);
                kafkaDirectory = Files.createTempDirectory(home, "kafka-");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept("Kafka: starting" + (kafkaPort > 0 ? " on port " + kafkaPort : "")
                + (keepData ? ", data in " + Machine.display(kafkaDirectory) : ""));
        kafka = KafkaBroker.start(kafkaDirectory, kafkaPort);
        progress.accept("Kafka: ready on " + kafka.bootstrapServers());
    }

    void startMail() {
        mail = LocalMail.start(smtpPort, imapPort, pop3Port);
        progress.accept("Mail: SMTP on localhost:" + mail.smtpPort() + ", read it over IMAP localhost:"
                + mail.imapPort() + " or POP3 localhost:" + mail.pop3Port());
    }

    void loadSigningKey() {
        signingKey = SigningKey.loadOrCreate(home.resolve("keys"));
        unsubscribeSecret = loadOrCreateSecret(home.resolve("keys").resolve("unsubscribe-secret"));
    }

    /** A random secret of 32 bytes (Base64) kept in {@code file}, made on first use and read back after. */
    static String loadOrCreateSecret(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).trim();
            }
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            String secret = java.util.Base64.getEncoder().encodeToString(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret + System.lineSeparator());
            return secret;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not keep a secret in " + file, e);
        }
    }

    /** The key notifications-service signs its unsubscribe links with: the same for every run of this home. */
    String unsubscribeSecret() {
        return unsubscribeSecret;
    }

    Postgres postgres() {
        return postgres;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    LocalMail mail() {
        return mail;
    }

    LocalKeycloak keycloak() {
        return keycloak;
    }

    private String unsubscribeSecret;

    SigningKey signingKey() {
        return signingKey;
    }

    /**
     * Stops Keycloak, the mail server, Kafka and PostgreSQL, in this order, and deletes Kafka's data unless kept;
     * returns the first failure, with later ones suppressed, added to {@code failure}.
     */
    RuntimeException stop(java.time.Duration stopGrace, RuntimeException failure) {
        if (keycloak != null) {
            progress.accept("stopping Keycloak");
            LocalKeycloak stopping = keycloak;
            failure = Platform.attempt(() -> stopping.stop(stopGrace), failure);
            keycloak = null;
        }
        if (mail != null) {
            progress.accept("stopping the mail server");
            failure = Platform.attempt(mail::close, failure);
            mail = null;
        }
        if (kafka != null) {
            progress.accept("stopping Kafka");
            failure = Platform.attempt(kafka::close, failure);
            kafka = null;
        }
        if (postgres != null) {
            progress.accept("stopping PostgreSQL");
            failure = Platform.attempt(postgres::close, failure);
            postgres = null;
        }
        if (!keepData && kafkaDirectory != null) {
            Path directory = kafkaDirectory;
            failure = Platform.attempt(() -> Machine.deleteRecursively(directory), failure);
        }
        return failure;
    }
}
