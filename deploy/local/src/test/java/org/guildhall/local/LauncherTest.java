package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path repo;

    private final List<Process> processes = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return runWithKeycloakAt(URI.create("http://localhost:" + Platform.LOCAL_KEYCLOAK_PORT), args);
    }

    private int runWithKeycloakAt(URI keycloak, String... args) {
        out.reset();
        err.reset();
        Launcher launcher = new Launcher(
                repo,
                repo.resolve(".guildhall"),
                repo.resolve(".guildhall/keycloak/keycloak-" + LocalKeycloak.VERSION),
                keycloak,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return launcher.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPrintATokenThatTheKeptKeyVerifies() throws Exception {
        assertThat(run("token", "ada", "--roles", "member,coordinator", "--email", "ada@example.org"))
                .isZero();
        assertThat(err()).contains("created a new signing key in");
        String first = out().strip();

        JwtClaims claims = verify(first);
        assertThat(claims.getSubject()).isEqualTo("ada");
        assertThat(claims.getIssuer()).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("member", "coordinator");
        assertThat(claims.getStringClaimValue("email")).isEqualTo("ada@example.org");
        assertThat(claims.getAudience()).containsExactlyElementsOf(TestTokens.AUDIENCE);

        assertThat(run("token", "bob")).isZero();
        assertThat(err()).isEmpty(); // the same key again
        assertThat(verify(out().strip()).getStringListClaimValue("groups")).containsExactly("member");
    }

    @Test
    void shouldAskKeycloakForTheTokenOfADemoUserByThePasswordGrant() throws Exception {
        List<String> requests = new ArrayList<>();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        keycloak.createContext("/realms/guildhall/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + form);
            boolean known = form.contains("password=grace-demo-password");
            byte[] body = (known
                            ? "{\"access_token\":\"eyJ.grace.token\",\"expires_in\":300,\"token_type\":\"Bearer\"}"
                            : "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 400, body.length); // as Keycloak 26 answers
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        try {
            URI url = URI.create("http://localhost:" + keycloak.getAddress().getPort());

            assertThat(runWithKeycloakAt(url, "token", "grace", "--keycloak")).isZero();
            assertThat(out().strip()).isEqualTo("eyJ.grace.token");
            assertThat(requests)
                    .containsExactly(
                            "POST grant_type=password&client_id=guildhall-cli&username=grace&password=grace-demo-password");

            assertThat(runWithKeycloakAt(url, "token", "grace", "--keycloak", "--password", "wrong & guessed"))
                    .isEqualTo(Launcher.EXIT_FAILED);
            assertThat(requests.get(1)).endsWith("&password=wrong+%26+guessed");
            assertThat(err())
                    .contains("Keycloak refused a token for grace: 400 invalid_grant Invalid user credentials")
                    .doesNotContain("Is it running");
            assertThat(out()).isEmpty();
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void shouldSayHowToGetAKeycloakTokenWhenKeycloakIsNotThere() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(runWithKeycloakAt(URI.create("http://localhost:" + closedPort), "token", "ada", "--keycloak"))
                .isEqualTo(Launcher.EXIT_FAILED);
        assertThat(err())
                .contains("Keycloak does not answer at http://localhost:" + closedPort
                        + "/realms/guildhall/protocol/openid-connect/token")
                .contains("./guildhall up --keycloak")
                .contains("-d grant_type=password -d client_id=guildhall-cli -d username=ada");

        assertThat(run("token", "hedy", "--keycloak")).isEqualTo(Launcher.EXIT_USAGE);
        assertThat(err()).contains("hedy is not a demo user (ada, grace, linus): give --password");
    }

    @Test
    void shouldAnnounceKeycloakWhenUpRunsWithIt() {
        assertThat(run("up", "--keycloak")).isEqualTo(Launcher.EXIT_FAILED);
        assertThat(out()).contains("Guildhall: starting Keycloak, PostgreSQL, Kafka and four services");
        assertThat(err()).contains("the services are not built");
    }

    @Test
    void shouldExplainMistakesWithTheUsage() {
        assertThat(run("start")).isEqualTo(Launcher.EXIT_USAGE);
        assertThat(err()).contains("guildhall: unknown command: start").contains("usage: ./guildhall");
        assertThat(out()).isEmpty();

        assertThat(run("help")).isZero();
        assertThat(out()).contains("usage: ./guildhall").contains("token <user>");
    }

    @Test
    void shouldNotStartWithoutThePackagedServices() {
        assertThat(run("up")).isEqualTo(Launcher.EXIT_FAILED);
        assertThat(err()).contains("the services are not built").contains("./mvnw install -DskipTests");
        assertThat(RunFile.in(repo.resolve(".guildhall"))).doesNotExist();
    }

    @Test
    void shouldNotStartTwice() {
        new RunFile(ProcessHandle.current().pid(), Instant.now(), 15432, 19092, List.of())
                .write(RunFile.in(repo.resolve(".guildhall")));

        assertThat(run("up")).isEqualTo(Launcher.EXIT_FAILED);
        assertThat(err())
                .contains("already running (launcher pid "
                        + ProcessHandle.current().pid());
    }

    @Test
    void shouldForgetTheRunFileOfALauncherThatIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        new RunFile(gone.pid(), Instant.now(), 15432, 19092, List.of()).write(RunFile.in(repo.resolve(".guildhall")));

        assertThat(run("up")).isEqualTo(Launcher.EXIT_FAILED);
        assertThat(err()).doesNotContain("already running").contains("the services are not built");
        assertThat(RunFile.in(repo.resolve(".guildhall"))).doesNotExist();
    }

    @Test
    void shouldReclaimWhatAKilledLauncherLeftButNoStrangerThatGotAPidOfIt() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process leftService = started(new ProcessBuilder("sleep", "600"));
        Process leftPostgres = started(new ProcessBuilder("sleep", "600"));
        Process stranger = started(new ProcessBuilder("sleep", "600"));
        new RunFile(
                        gone.pid(),
                        Instant.parse("2026-01-02T03:04:05Z"),
                        15432,
                        19092,
                        List.of(),
                        Instant.now().minusSeconds(60),
                        List.of(
                                OwnedProcess.of("members-service", leftService.pid(), false)
                                        .orElseThrow(),
                                OwnedProcess.of("postgresql", leftPostgres.pid(), true)
                                        .orElseThrow(),
                                // the recorded process started an hour before the one that has its pid now
                                new OwnedProcess(
                                        "events-service",
                                        stranger.pid(),
                                        Instant.now().minusSeconds(3600),
                                        false)))
                .write(RunFile.in(repo.resolve(".guildhall")));

        assertThat(run("up")).isEqualTo(Launcher.EXIT_FAILED);

        assertThat(out())
                .contains("the launcher (pid " + gone.pid() + ") that started 2026-01-02T03:04:05Z is gone and left"
                        + " members-service (pid " + leftService.pid() + "), postgresql (pid " + leftPostgres.pid()
                        + ") running; reclaiming them");
        assertThat(leftService.isAlive()).as("the service it left is alive").isFalse();
        assertThat(leftPostgres.isAlive()).as("the PostgreSQL it left is alive").isFalse();
        assertThat(stranger.isAlive()).as("the stranger is alive").isTrue();
        assertThat(err()).contains("the services are not built");
        assertThat(RunFile.in(repo.resolve(".guildhall"))).doesNotExist();
    }

    @Test
    void shouldStopARunningLauncherFromAnotherTerminal() throws Exception {
        Process launcher = started(new ProcessBuilder("sleep", "600"));
        new RunFile(
                        launcher.pid(),
                        Instant.now(),
                        15432,
                        19092,
                        List.of(),
                        launcher.toHandle().info().startInstant().orElseThrow(),
                        List.of())
                .write(RunFile.in(repo.resolve(".guildhall")));

        assertThat(run("down")).isZero();

        assertThat(launcher.isAlive()).isFalse();
        assertThat(out())
                .contains("stopping the launcher (pid " + launcher.pid() + ")")
                .contains("Guildhall: stopped")
                .doesNotContain("killed");
        assertThat(RunFile.in(repo.resolve(".guildhall"))).doesNotExist();
        assertThat(run("down")).isZero();
        assertThat(out()).contains("Guildhall is not running");
    }

    @Test
    void shouldKillALauncherThatDoesNotStopInTimeAndWhatItLeft() throws Exception {
        Process launcher = started(new ProcessBuilder("bash", "-c", "trap '' TERM; while true; do sleep 0.2; done"));
        Process service = started(new ProcessBuilder("sleep", "600"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(launcher.pid())
                .flatMap(handle -> handle.info().commandLine())
                .map(line -> line.contains("trap"))
                .orElse(false));
        new RunFile(
                        launcher.pid(),
                        Instant.now(),
                        15432,
                        19092,
                        List.of(),
                        launcher.toHandle().info().startInstant().orElseThrow(),
                        List.of(OwnedProcess.of("members-service", service.pid(), false)
                                .orElseThrow()))
                .write(RunFile.in(repo.resolve(".guildhall")));

        assertThat(run("down", "--timeout", "1")).isZero();

        assertThat(launcher.isAlive()).isFalse();
        assertThat(service.isAlive()).isFalse();
        assertThat(out())
                .contains("the launcher did not stop within 1 s and was killed")
                .contains("left members-service (pid " + service.pid() + ") running; reclaiming them");
        assertThat(RunFile.in(repo.resolve(".guildhall"))).doesNotExist();
    }

    @Test
    void shouldSayInTheStatusThatTheLauncherIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        new RunFile(gone.pid(), Instant.parse("2026-01-02T03:04:05Z"), 1, 2, List.of())
                .write(RunFile.in(repo.resolve(".guildhall")));

        run("status");

        assertThat(out())
                .contains("launcher pid " + gone.pid() + ", which is gone: ./guildhall down stops what it left");
    }

    private Process started(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    @AfterEach
    void stopWhatIsLeft() {
        processes.forEach(Process::destroyForcibly);
    }

    private JwtClaims verify(String token) throws Exception {
        String publicKeyBase64 =
                SigningKey.loadOrCreate(repo.resolve(".guildhall/keys")).publicKeyBase64();
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        return new JwtConsumerBuilder()
                .setVerificationKey(publicKey)
                .setExpectedIssuer(TestTokens.ISSUER)
                .setExpectedAudience(TestTokens.AUDIENCE.toArray(String[]::new))
                .setRequireSubject()
                .build()
                .processToClaims(token);
    }
}
