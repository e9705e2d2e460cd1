package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path repo;

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
