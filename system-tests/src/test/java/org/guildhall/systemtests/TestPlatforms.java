package org.guildhall.systemtests;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the platform extensions share: the platform of this test JVM, how a test platform is built and started, and the
 * log tails of a failure.
 *
 * <p>One platform runs at a time: two platforms in one test JVM mean two Kafka brokers in it, and with a second broker
 * running, {@code BrokerOutageIT}'s broker restart left members-service hanging. So {@link #shared} keeps the platform of
 * one kind running from test class to test class (starting one takes 40-60 s on two cores) and stops it only when a
 * class asks for the other kind, or when a test stopped or killed one of its services' first instances.
 */
final class TestPlatforms {

    private static final int LOG_LINES_ON_FAILURE = 40;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestPlatforms.class);

    /** The platform that runs now, of the kind {@link #runningKind}; null while none does. */
    private static Platform running;

    private static String runningKind;

    /** Per kind, why its start failed: later classes fail at once instead of starting it again. */
    private static final Map<String, RuntimeException> startFailures = new HashMap<>();

    private TestPlatforms() {}

    /**
     * The platform of kind {@code kind} (its name, {@code platform} or {@code keycloak-platform}), started with
     * {@code configure} unless it runs already with every service's first instance. A platform of another kind is
     * stopped first. It stops when the test run ends ({@link #stopRunning}), at the latest when the JVM exits.
     */
    static synchronized Platform shared(String kind, UnaryOperator<Platform.Builder> configure) {
        RuntimeException failure = startFailures.get(kind);
        if (failure != null) {
            throw new IllegalStateException("the " + kind + " did not start: " + failure.getMessage(), failure);
        }
        if (running != null && (!kind.equals(runningKind) || !everyServiceRuns(running))) {
            stopRunning();
        }
        if (running == null) {
            try {
                running = start(kind, configure);
                runningKind = kind;
            } catch (RuntimeException e) {
                startFailures.put(kind, e);
                throw e;
            }
        }
        return running;
    }

    /** The platform of kind {@code kind} if it runs now, else null: for the log tails of a failed test. */
    static synchronized Platform running(String kind) {
        return kind.equals(runningKind) ? running : null;
    }

    /** Has the platform that runs stopped when the whole test run ends (the root store closes what it holds then). */
    static void stopWhenTheRunEnds(ExtensionContext context) {
        context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        "the platform of this test JVM",
                        key -> (AutoCloseable) TestPlatforms::stopRunning,
                        AutoCloseable.class);
    }

    /** Stops the platform that runs, if one does. */
    static synchronized void stopRunning() {
        if (running != null) {
            try {
                running.close();
            } finally {
                running = null;
                runningKind = null;
            }
        }
    }

    /** A test that stopped a service (MemberWebIT stops mentoring-service) leaves a platform the next class cannot use. */
    private static boolean everyServiceRuns(Platform platform) {
        return platform.processes().size() == Service.values().length;
    }

    /**
     * Builds and starts a platform of the packaged services in {@code guildhall.repo}, with its home in a new
     * {@code target/<name>-*} directory and its progress printed as {@code [name]}; stopped at the latest when the JVM
     * exits. {@code configure} adds to the builder (Keycloak, say).
     */
    static Platform start(String name, UnaryOperator<Platform.Builder> configure) {
        Path repo = Path.of(System.getProperty("guildhall.repo", ".."))
                .toAbsolutePath()
                .normalize();
        Platform starting = configure
                .apply(Platform.builder()
                        .repoRoot(repo)
                        .home(newHome(name))
                        .progress(line -> System.out.println("[" + name + "] " + line)))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(starting::close, name + "-shutdown"));
        starting.start();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // a request that hangs (say on a broker that is down) fails the test instead of stalling the build
        RestAssured.config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 5_000)
                        .setParam("http.socket.timeout", 30_000));
        return starting;
    }

    /** Prints the end of each log, saying which test failed. */
    static void printTails(List<Path> logs, String failedTest) {
        for (Path log : logs) {
            System.out.println("---- the end of " + log + " (" + failedTest + " failed)");
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

    private static Path newHome(String name) {
        try {
            Path work = Path.of(System.getProperty("guildhall.work", "target"));
            Files.createDirectories(work);
            return Files.createTempDirectory(work.toAbsolutePath(), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
