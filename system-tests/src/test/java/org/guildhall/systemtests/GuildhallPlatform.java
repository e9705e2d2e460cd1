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
import org.guildhall.local.RunningService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a test the whole platform, started once per test JVM from the packaged services: PostgreSQL and Kafka on free
 * ports, a fresh signing key, the four services as processes. It stops when the test run ends (and, failing that,
 * when the JVM exits). Its home, with the services' logs, stays in {@code target/platform-*}; when a test fails, the
 * end of each log is printed.
 *
 * <p>Use {@code @ExtendWith(GuildhallPlatform.class)} and take a {@link Platform} parameter.
 */
public final class GuildhallPlatform implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(GuildhallPlatform.class);
    private static final int LOG_LINES_ON_FAILURE = 40;

    private static Platform platform;
    private static RuntimeException startFailure;

    /** The platform of this JVM, started on first use. */
    static synchronized Platform platform() {
        if (startFailure != null) {
            throw new IllegalStateException("the platform did not start: " + startFailure.getMessage(), startFailure);
        }
        if (platform == null) {
            Path repo = Path.of(System.getProperty("guildhall.repo", ".."))
                    .toAbsolutePath()
                    .normalize();
            Platform starting = Platform.builder()
                    .repoRoot(repo)
                    .home(newHome())
                    .progress(line -> System.out.println("[platform] " + line))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(starting::close, "platform-shutdown"));
            try {
                starting.start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            platform = starting;
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
            // a request that hangs (say on a broker that is down) fails the test instead of stalling the build
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
            return Files.createTempDirectory(work.toAbsolutePath(), "platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Platform started = platform();
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        if (store.get(Platform.class) == null) {
            // the root store closes what it holds when the whole test run ends
            store.put(Platform.class, started);
        }
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
        synchronized (GuildhallPlatform.class) {
            running = platform;
        }
        if (running == null) {
            return;
        }
        List<RunningService> services = new ArrayList<>(running.processes());
        services.addAll(running.replicas());
        for (RunningService service : services) {
            System.out.println("---- the end of " + service.logFile() + " (" + context.getDisplayName() + " failed)");
            tail(service.logFile()).forEach(System.out::println);
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
