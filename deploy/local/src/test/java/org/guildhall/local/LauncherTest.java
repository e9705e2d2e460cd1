package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
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
        out.reset();
        err.reset();
        Launcher launcher = new Launcher(
                repo,
                repo.resolve(".guildhall"),
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

        assertThat(run("token", "bob")).isZero();
        assertThat(err()).isEmpty(); // the same key again
        assertThat(verify(out().strip()).getStringListClaimValue("groups")).containsExactly("member");
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
                .setRequireSubject()
                .build()
                .processToClaims(token);
    }
}
