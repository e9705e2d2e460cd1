package org.guildhall.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} the real infrastructure: this JVM's PostgreSQL (one database for the service under
 * test), this JVM's Kafka broker, and the key that {@link TestTokens#shared()} signs with. Both servers start once per
 * JVM, however many test classes or restarts use this resource.
 *
 * <p>Use it with {@code @WithTestResource(value = GuildhallTestResource.class, restrictToAnnotatedClass = false)}.
 * The init argument {@code database} names the database (default {@code service}).
 */
public class GuildhallTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String jdbcUrl = Postgres.shared().ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url",
                jdbcUrl,
                "quarkus.datasource.username",
                Postgres.USER,
                "quarkus.datasource.password",
                Postgres.PASSWORD,
                "kafka.bootstrap.servers",
                KafkaBroker.shared().bootstrapServers(),
                "quarkus.oidc.public-key",
                SigningKey.shared().publicKeyBase64(),
                "quarkus.oidc.token.issuer",
                TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // PostgreSQL and Kafka outlive a Quarkus restart and stop with the JVM
    }
}
