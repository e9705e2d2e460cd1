package org.guildhall.systemtests;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.guildhall.local.Platform;

/** What the platform extensions share: how a test platform is built and started, and the log tails of a failure. */
final class TestPlatforms {

    private static final int LOG_LINES_ON_FAILURE = 40;

    private TestPlatforms() {}

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
