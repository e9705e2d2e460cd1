package org.guildhall.systemtests;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.local.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a test the whole platform secured as in production: a real Keycloak (the distribution Maven unpacked into
 * {@code target/keycloak}, system property {@code guildhall.keycloak.dist}) with the realm of {@code deploy/keycloak}
 * imported, and the four packaged services verifying its tokens ({@code QUARKUS_OIDC_AUTH_SERVER_URL}, audience
 * checked). Started for a test class and stopped after it: two platforms in one test JVM mean two Kafka brokers in it,
 * and with a second broker running, {@code BrokerOutageIT}'s broker restart left members-service hanging. Its home, with
 * the logs of Keycloak and the services, stays in {@code target/keycloak-platform-*}.
 *
 * <p>Use {@code @ExtendWith(GuildhallKeycloakPlatform.class)} and take a {@link Platform} parameter; its
 * {@link Platform#keycloak()} gives tokens.
 */
public final class GuildhallKeycloakPlatform implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(GuildhallKeycloakPlatform.class);
    private static final int LOG_LINES_ON_FAILURE = 40;

    private static Platform platform;
    private static RuntimeException startFailure;

    static synchronized Platform platform() {
        if (startFailure != null) {
            throw new IllegalStateException(
                    "the platform with Keycloak did not start: " + startFailure.getMessage(), startFailure);
        }
        if (platform == null) {
            Path repo = Path.of(System.getProperty("guildhall.repo", ".."))
                    .toAbsolutePath()
                    .normalize();
            Path distribution = Path.of(System.getProperty("guildhall.keycloak.dist", "target/keycloak/keycloak"));
            Platform starting = Platform.builder()
                    .repoRoot(repo)
                    .home(newHome())
                    .keycloak(distribution)
                    .progress(line -> System.out.println("[keycloak platform] " + line))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(starting::close, "keycloak-platform-shutdown"));
            try {
                starting.start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            platform = starting;
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
            RestAssured.config = RestAssuredConfig.config()
                    .httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.connection.timeout", 5_000)
                            .setParam("http.socket.timeout", 30_000));
        }
        return platform;
    }

    private static Path newHome() {
        try {
            Path work = Path.of(System.getProperty("guildhall.work", "target"));
            Files.createDirectories(work);
            return Files.createTempDirectory(work.toAbsolutePath(), "keycloak-platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the platform; the next test class that asks starts a new one. */
    private static synchronized void stop() {
        if (platform != null) {
            try {
                platform.close();
            } finally {
                platform = null;
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        platform();
        // the test class's store closes what it holds when the class is done
        context.getStore(NAMESPACE).put(Platform.class, (AutoCloseable) GuildhallKeycloakPlatform::stop);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Platform running;
        synchronized (GuildhallKeycloakPlatform.class) {
            running = platform;
        }
        if (running == null) {
            return;
        }
        List<Path> logs = new ArrayList<>();
        logs.add(running.keycloak().logFile());
        running.processes().forEach(service -> logs.add(service.logFile()));
        for (Path log : logs) {
            System.out.println("---- the end of " + log + " (" + context.getDisplayName() + " failed)");
            tail(log).forEach(System.out::println);
        }
    }

    private static List<String> tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size());
        } catch (IOException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }
}
