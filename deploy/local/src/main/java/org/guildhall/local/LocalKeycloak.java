package org.guildhall.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * A real Keycloak on this machine: the distribution {@code org.keycloak:keycloak-quarkus-dist} unpacked by Maven,
 * run with {@code kc.sh start-dev} on this JVM's Java, the realm of {@code deploy/keycloak} imported. The services then
 * verify tokens as in production, against {@link #realmUrl()}.
 *
 * <p>Development mode means HTTP, a local cache and an H2 database: in memory (a fresh realm each start), or with
 * {@code keepData} in the distribution's {@code data/h2}, where people and changes made in the admin console stay.
 */
public final class LocalKeycloak implements AutoCloseable {

    /** The version the launcher fetches and the system tests unpack. */
    public static final String VERSION = "26.7.3";

    public static final String REALM = "guildhall";
    /** The realm's public client for people and scripts (password grant, authorization code with PKCE). */
    public static final String CLIENT = "guildhall-cli";
    /** The bootstrap administrator of the {@code master} realm: admin console and admin REST API. */
    public static final String ADMIN_USER = "admin";

    public static final String ADMIN_PASSWORD = "admin";
    /** The demo users of {@code deploy/keycloak/guildhall-realm.json} and their published passwords. */
    public static final Map<String, String> DEMO_PASSWORDS = Map.of(
            "ada", "ada-demo-password",
            "grace", "grace-demo-password",
            "linus", "linus-demo-password");

    private static final Duration PROBE_EVERY = Duration.ofMillis(500);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 25;

    private final ChildProcess process;
    private final int port;
    private final long startedAt = System.nanoTime();

    private LocalKeycloak(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Where the launcher keeps the distribution: {@code <home>/keycloak/keycloak-<version>}. */
    public static Path distributionIn(Path home) {
        return home.resolve("keycloak").resolve("keycloak-" + VERSION);
    }

    /** Whether {@code distribution} is an unpacked Keycloak ({@code bin/kc.sh} is there). */
    public static boolean isDistribution(Path distribution) {
        return Files.isRegularFile(distribution.resolve("bin/kc.sh"));
    }

    /**
     * Copies {@code realmFile} into the distribution's {@code data/import} and starts Keycloak on {@code port} with
     * {@code javaHome}'s Java. Returns at once; {@link #awaitReady} waits until the realm answers.
     */
    static LocalKeycloak start(
            Path distribution, Path realmFile, int port, boolean keepData, Path javaHome, Path logFile) {
        try {
            Path imports = Files.createDirectories(distribution.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not put the realm into " + distribution + "/data/import", e);
        }
        ChildProcess child = ChildProcess.start(
                "keycloak", command(distribution, port, keepData), environment(javaHome), port, logFile);
        return new LocalKeycloak(child, port);
    }

    /** {@code kc.sh start-dev}: HTTP on {@code port}, the realm imported unless it exists, H2 in memory or on disk. */
    static List<String> command(Path distribution, int port, boolean keepData) {
        List<String> command = new ArrayList<>();
        command.add(distribution.resolve("bin/kc.sh").toString());
        command.add("start-dev");
        command.add("--import-realm");
        command.add("--http-port=" + port);
        command.add("--db=" + (keepData ? "dev-file" : "dev-mem"));
        return command;
    }

    static Map<String, String> environment(Path javaHome) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return environment;
    }

    /**
     * Waits until the realm's discovery document answers. {@code stillWanted} runs between probes and throws to give
     * up (the platform was stopped meanwhile).
     */
    void awaitReady(Duration timeout, Runnable stillWanted) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ChildProcess.isReady(client, discovery)) {
            stillWanted.run();
            if (!process.isAlive()) {
                throw new PlatformException(
                        "Keycloak exited with code " + process.process().exitValue()
                                + " before it was ready. Its log " + Machine.display(process.logFile()) + " ends with:"
                                + System.lineSeparator() + process.logTail(LOG_TAIL_LINES));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new PlatformException("Keycloak not ready within " + timeout.toSeconds() + " s (GET " + discovery
                        + "). Its log " + Machine.display(process.logFile()) + " ends with:" + System.lineSeparator()
                        + process.logTail(LOG_TAIL_LINES));
            }
            Machine.sleep(PROBE_EVERY);
        }
    }

    public int port() {
        return port;
    }

    /** How long ago it was started. */
    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return process.logFile();
    }

    /** {@code http://localhost:<port>}: the admin console is at {@code /admin}. */
    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    /** The realm, which is also the issuer of its tokens: what {@code QUARKUS_OIDC_AUTH_SERVER_URL} says. */
    public URI realmUrl() {
        return realmUrl(baseUrl(), REALM);
    }

    /** Another realm of this Keycloak (say one a test creates through the admin REST API). */
    public URI realmUrl(String realm) {
        return realmUrl(baseUrl(), realm);
    }

    static URI realmUrl(URI baseUrl, String realm) {
        return URI.create(baseUrl + "/realms/" + realm);
    }

    /** An access token of {@link #CLIENT} for a user of the realm, by the password grant. */
    public String accessToken(String user, String password) {
        return passwordGrant(realmUrl(), CLIENT, user, password);
    }

    /** An access token of the {@code master} realm's administrator, for the admin REST API. */
    public String adminToken() {
        return passwordGrant(realmUrl("master"), "admin-cli", ADMIN_USER, ADMIN_PASSWORD);
    }

    /**
     * The OAuth 2.0 resource owner password grant against {@code realm}: returns the access token, or throws a
     * {@link PlatformException} with Keycloak's answer (say {@code invalid_grant}) or why it could not be asked.
     */
    public static String passwordGrant(URI realm, String clientId, String user, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", user);
        form.put("password", password);
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI tokenEndpoint = URI.create(realm + "/protocol/openid-connect/token");
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformException("Keycloak does not answer at " + tokenEndpoint + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while asking Keycloak for a token", e);
        }
        Map<String, Object> answer;
        try {
            answer = JsonUtil.parseJson(response.body());
        } catch (JoseException e) {
            throw new PlatformException("Keycloak answered " + response.statusCode() + " with " + response.body(), e);
        }
        Object token = answer.get("access_token");
        if (response.statusCode() != 200 || !(token instanceof String)) {
            throw new PlatformException("Keycloak refused a token for " + user + ": " + response.statusCode() + " "
                    + answer.getOrDefault("error", "") + " " + answer.getOrDefault("error_description", ""));
        }
        return (String) token;
    }

    /** Stops Keycloak (SIGTERM, then SIGKILL after {@code grace}). */
    void stop(Duration grace) {
        ChildProcess.stopAll(List.of(process), grace);
    }

    @Override
    public void close() {
        stop(ChildProcess.STOP_GRACE);
    }
}
