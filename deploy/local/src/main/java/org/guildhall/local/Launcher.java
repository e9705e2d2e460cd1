package org.guildhall.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;

/**
 * {@code ./guildhall}'s Java side: {@code up}, {@code token}, {@code status}, {@code help}.
 *
 * <p>The repository is the system property {@code guildhall.repo} (the script sets it), else the working directory;
 * the home directory is {@code guildhall.home}, else {@code <repo>/.guildhall}; the unpacked Keycloak for
 * {@code --keycloak} is {@code guildhall.keycloak.dist}, else {@code <home>/keycloak/keycloak-<version>}. The system
 * property {@code guildhall.port.offset} (default 0) is added to every fixed port of {@code up}, so that a second
 * platform (a system test's) can run beside the first.
 */
public final class Launcher {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_NOT_ALL_UP = 3;

    private final Path repoRoot;
    private final Path home;
    private final PrintStream out;
    private final PrintStream err;
    private final Path keycloakDistribution;
    private final URI keycloakUrl;
    private final int portOffset;
    /** The JDK the services run on: the newest found ({@link ServiceJava#newest}). */
    private final ServiceJava serviceJava = ServiceJava.newest(System.getenv(), ServiceJava.INSTALL_PLACES);
    /** The run file of the platform this launcher runs, written again as it changes; null until it starts one. */
    private Path runFilePath;

    private boolean stopped;

    Launcher(Path repoRoot, Path home, PrintStream out, PrintStream err) {
        this(
                repoRoot,
                home,
                LocalKeycloak.distributionIn(home),
                URI.create("http://localhost:" + Platform.LOCAL_KEYCLOAK_PORT),
                out,
                err);
    }

    /** {@code keycloakUrl}: where {@code token --keycloak} asks, the Keycloak that {@code up --keycloak} runs. */
    Launcher(Path repoRoot, Path home, Path keycloakDistribution, URI keycloakUrl, PrintStream out, PrintStream err) {
        this(repoRoot, home, keycloakDistribution, keycloakUrl, 0, out, err);
    }

    /** {@code portOffset}: added to each fixed port of {@code up}. */
    Launcher(
            Path repoRoot,
            Path home,
            Path keycloakDistribution,
            URI keycloakUrl,
            int portOffset,
            PrintStream out,
            PrintStream err) {
        this.portOffset = portOffset;
        this.repoRoot = repoRoot;
        this.home = home;
        this.keycloakDistribution = keycloakDistribution;
        this.keycloakUrl = keycloakUrl;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Path repoRoot = Path.of(System.getProperty("guildhall.repo", ""))
                .toAbsolutePath()
                .normalize();
        Path home = Optional.ofNullable(System.getProperty("guildhall.home"))
                .map(Path::of)
                .orElse(repoRoot.resolve(".guildhall"))
                .toAbsolutePath()
                .normalize();
        Path keycloakDistribution = Optional.ofNullable(System.getProperty("guildhall.keycloak.dist"))
                .map(Path::of)
                .orElse(LocalKeycloak.distributionIn(home))
                .toAbsolutePath()
                .normalize();
        int portOffset = Integer.getInteger("guildhall.port.offset", 0);
        int code = new Launcher(
                        repoRoot,
                        home,
                        keycloakDistribution,
                        URI.create("http://localhost:" + (Platform.LOCAL_KEYCLOAK_PORT + portOffset)),
                        portOffset,
                        System.out,
                        System.err)
                .run(args);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /** Runs a command and returns the exit code; {@code up} returns only when it failed to start. */
    int run(String... args) {
        Command command;
        try {
            command = Command.parse(args);
        } catch (Command.UsageException e) {
            err.println("guildhall: " + e.getMessage());
            err.println(Command.USAGE);
            return EXIT_USAGE;
        }
        try {
            if (command instanceof Command.Up up) {
                return up(up.keycloak());
            } else if (command instanceof Command.Token token) {
                return token(token);
            } else if (command instanceof Command.KeycloakToken token) {
                return keycloakToken(token);
            } else if (command instanceof Command.Down down) {
                return down(down.timeout());
            } else if (command instanceof Command.Status) {
                return status();
            } else {
                out.println(Command.USAGE);
                return EXIT_OK;
            }
        } catch (PlatformException | IllegalStateException e) {
            err.println("guildhall: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private int up(boolean withKeycloak) {
        Path runFilePath = RunFile.in(home);
        Optional<RunFile> previous = RunFile.read(runFilePath);
        if (previous.isPresent()) {
            PreviousRun run = new PreviousRun(previous.get());
            if (run.launcher().isPresent()) {
                err.println("guildhall: already running (launcher pid "
                        + previous.get().launcherPid() + ", since "
                        + previous.get().startedAt() + "). Stop it with ./guildhall down, or Ctrl-C in its"
                        + " terminal.");
                return EXIT_FAILED;
            }
            reclaim(run);
            deleteQuietly(runFilePath);
        }
        out.println("Guildhall: starting " + (withKeycloak ? "Keycloak, " : "")
                + "PostgreSQL, Kafka and four services" + (withKeycloak ? " and the web application" : "") + " from "
                + Machine.display(repoRoot));
        out.println("  home " + Machine.display(home) + " (data, keys and logs; kept between runs)");
        out.println("  logs " + Machine.display(home.resolve("logs")) + "/<service>.log");
        AtomicReference<Platform> running = new AtomicReference<>();
        Instant startedAt = Instant.now();
        Platform.Builder builder = localPorts(Platform.builder())
                .repoRoot(repoRoot)
                .home(home)
                .keepData(true)
                .durable(true) // the association's data: no acknowledged commit may be lost
                .restartCrashedServices(RestartPolicy.LOCAL)
                // the newest JDK found, with a start-up cache per service (an AOT cache on JDK 25 and newer)
                .serviceJava(serviceJava)
                .startupCaches(home.resolve("aot"))
                .onRestart(restarted ->
                        writeRunFile(RunFile.of(ProcessHandle.current().pid(), startedAt, running.get())))
                .progress(line -> out.println("  " + line));
        if (withKeycloak) {
            // the web application signs people in with Keycloak, so it runs whenever Keycloak does
            builder.keycloak(keycloakDistribution).web(Platform.LOCAL_WEB_PORT + portOffset);
        }
        Platform platform = builder.build();
        running.set(platform);
        Thread hook = new Thread(
                () -> {
                    out.println();
                    out.println("Guildhall: stopping ...");
                    try {
                        platform.close();
                        out.println("Guildhall: stopped");
                    } catch (RuntimeException e) {
                        err.println("guildhall: while stopping: " + e);
                    } finally {
                        forgetRunFile();
                    }
                },
                "guildhall-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // from now on ./guildhall down can stop this launcher, and another up sees that it runs
        writeRunFile(RunFile.starting(
                startedAt, Platform.LOCAL_POSTGRES_PORT + portOffset, Platform.LOCAL_KAFKA_PORT + portOffset));
        try {
            platform.start();
        } catch (RuntimeException e) {
            removeHook(hook);
            forgetRunFile();
            err.println();
            err.println("guildhall: " + describe(e));
            return EXIT_FAILED;
        }
        writeRunFile(RunFile.of(ProcessHandle.current().pid(), startedAt, platform));
        out.println();
        if (withKeycloak) {
            out.println("Open " + platform.webUrl() + " in a browser: sign up (Register on the sign-in page) or sign in"
                    + " as ada, grace or linus (password <user>-demo-password).");
            out.println();
        }
        out.print(readyTable(platform));
        out.println();
        out.println("PostgreSQL  localhost:" + platform.postgres().port() + "  databases "
                + Stream.of(Service.values()).map(Service::database).collect(Collectors.joining(", ")) + "  (user "
                + Postgres.USER + ", password " + Postgres.PASSWORD + ")");
        out.println("Kafka       " + platform.kafka().bootstrapServers());
        out.println("Mail        SMTP localhost:" + platform.mail().smtpPort()
                + " (notifications-service sends every e-mail here; nothing leaves this machine)");
        out.println("            read it over IMAP localhost:" + platform.mail().imapPort() + " or POP3 localhost:"
                + platform.mail().pop3Port() + ", user and password = the recipient's address,");
        out.println("            e.g. curl -s --url 'imap://localhost:"
                + platform.mail().imapPort() + "/INBOX;UID=1' -u ada@example.org:ada@example.org");
        if (withKeycloak) {
            LocalKeycloak keycloak = platform.keycloak();
            out.println("Keycloak    " + keycloak.realmUrl() + "  (the services verify its tokens, audience checked)");
            out.println("            admin console " + keycloak.baseUrl() + "/admin (user " + LocalKeycloak.ADMIN_USER
                    + ", password " + LocalKeycloak.ADMIN_PASSWORD + "), log " + Machine.display(keycloak.logFile()));
            out.println("            demo users ada (member), grace (coordinator), linus (admin), password"
                    + " <user>-demo-password");
            out.println();
            out.println("A token:  TOKEN=$(./guildhall token ada --keycloak)");
        } else {
            out.println();
            out.println("A token:  TOKEN=$(./guildhall token alice --roles member,coordinator)");
        }
        out.println("Try:      curl -H \"Authorization: Bearer $TOKEN\" " + platform.baseUrl(Service.MEMBERS)
                + "/members/me");
        out.println();
        out.println("Guildhall is up. Press Ctrl-C (or run ./guildhall down) to stop everything.");
        try {
            new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops the platform
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return EXIT_OK;
    }

    /** The table {@code up} prints once everything is ready. */
    static String readyTable(Platform platform) {
        Table table = new Table("SERVICE", "API", "SWAGGER UI", "HEALTH", "LOG");
        for (RunningService service : platform.processes()) {
            URI base = service.baseUrl();
            table.row(
                    service.name(),
                    base.toString(),
                    base + "/q/swagger-ui",
                    base + "/q/health",
                    Machine.display(service.logFile()));
        }
        return table.render();
    }

    /** The fixed ports of a local run, each shifted by the port offset. */
    private Platform.Builder localPorts(Platform.Builder builder) {
        builder.localPorts();
        if (portOffset == 0) {
            return builder;
        }
        builder.postgresPort(Platform.LOCAL_POSTGRES_PORT + portOffset)
                .kafkaPort(Platform.LOCAL_KAFKA_PORT + portOffset)
                .keycloakPort(Platform.LOCAL_KEYCLOAK_PORT + portOffset)
                .mailPorts(
                        Platform.LOCAL_SMTP_PORT + portOffset,
                        Platform.LOCAL_IMAP_PORT + portOffset,
                        Platform.LOCAL_POP3_PORT + portOffset);
        for (Service service : Service.values()) {
            builder.servicePort(service, service.defaultPort() + portOffset);
        }
        return builder;
    }

    private synchronized void writeRunFile(RunFile runFile) {
        if (stopped) {
            return; // a restart that ends as the platform stops: the run file is gone for good
        }
        runFilePath = RunFile.in(home);
        runFile.write(runFilePath);
    }

    private synchronized void forgetRunFile() {
        stopped = true;
        if (runFilePath != null) {
            deleteQuietly(runFilePath);
            runFilePath = null;
        }
    }

    /** Stops what the launcher of {@code run}, which is gone, left running. */
    private void reclaim(PreviousRun run) {
        List<OwnedProcess> leftovers = run.leftovers();
        if (leftovers.isEmpty()) {
            return;
        }
        out.println("Guildhall: the launcher (pid " + run.runFile().launcherPid() + ") that started "
                + run.runFile().startedAt() + " is gone and left " + PreviousRun.names(leftovers)
                + " running; reclaiming them");
        run.reclaim(Platform.STOP_GRACE, line -> out.println("  " + line));
    }

    /** {@code down}: stops the launcher from another terminal, or what a launcher that is gone left. */
    private int down(Duration timeout) {
        Path path = RunFile.in(home);
        Optional<RunFile> runFile = RunFile.read(path);
        if (runFile.isEmpty()) {
            out.println("Guildhall is not running (no " + Machine.display(path) + ").");
            return EXIT_OK;
        }
        PreviousRun run = new PreviousRun(runFile.get());
        Optional<ProcessHandle> launcher = run.launcher();
        if (launcher.isPresent()) {
            out.println("Guildhall: stopping the launcher (pid " + runFile.get().launcherPid() + ") ...");
            if (!PreviousRun.stopLauncher(launcher.get(), timeout)) {
                out.println("Guildhall: the launcher did not stop within " + timeout.toSeconds() + " s and was killed");
            }
        }
        reclaim(run);
        deleteQuietly(path);
        out.println("Guildhall: stopped");
        return EXIT_OK;
    }

    /** The message of a failure and of its causes, without a stack trace unless it is a bug. */
    static String describe(Throwable failure) {
        if (failure instanceof PlatformException) {
            return failure.getMessage();
        }
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append(System.lineSeparator()).append("  caused by ").append(cause);
        }
        return text.toString();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs already
        }
    }

    private int token(Command.Token command) {
        Path keys = home.resolve("keys");
        boolean existed = Files.exists(keys.resolve("signing-key.pk8"));
        SigningKey key = SigningKey.loadOrCreate(keys);
        if (!existed) {
            err.println("guildhall: created a new signing key in " + Machine.display(keys)
                    + "; services started before now do not accept its tokens");
        }
        TestTokens.Token token = new TestTokens(key, TestTokens.ISSUER)
                .forUser(command.user())
                .roles(command.roles().toArray(String[]::new));
        if (command.email() != null) {
            token.email(command.email());
        }
        if (command.name() != null) {
            token.name(command.name());
        }
        out.println(token.sign());
        return EXIT_OK;
    }

    /** {@code token --keycloak}: the password grant of the realm's public client, as a script would do it. */
    private int keycloakToken(Command.KeycloakToken command) {
        String password =
                command.password() != null ? command.password() : LocalKeycloak.DEMO_PASSWORDS.get(command.user());
        if (password == null) {
            err.println("guildhall: " + command.user() + " is not a demo user (ada, grace, linus): give --password");
            return EXIT_USAGE;
        }
        URI realm = LocalKeycloak.realmUrl(keycloakUrl, LocalKeycloak.REALM);
        try {
            out.println(LocalKeycloak.passwordGrant(realm, LocalKeycloak.CLIENT, command.user(), password));
            return EXIT_OK;
        } catch (PlatformException e) {
            err.println("guildhall: " + e.getMessage());
            if (e.getCause() instanceof IOException) {
                err.println("Is it running (./guildhall up --keycloak)? The same by hand:");
                err.println("  curl -s " + realm + "/protocol/openid-connect/token -d grant_type=password -d client_id="
                        + LocalKeycloak.CLIENT + " -d username=" + command.user()
                        + " -d password=... | jq -r .access_token");
            }
            return EXIT_FAILED;
        }
    }

    private int status() {
        Optional<RunFile> runFile = RunFile.read(RunFile.in(home));
        StatusReport report = StatusReport.of(runFile, home, new StatusReport.MachineProbe());
        if (runFile.isEmpty()) {
            out.println("Guildhall was not started with ./guildhall up (no " + Machine.display(RunFile.in(home))
                    + "); looking at the local ports.");
        } else if (new PreviousRun(runFile.get()).launcher().isEmpty()) {
            out.println("Guildhall was started " + runFile.get().startedAt() + " by launcher pid "
                    + runFile.get().launcherPid() + ", which is gone: ./guildhall down stops what it left, and"
                    + " ./guildhall up does so before it starts.");
        } else {
            out.println("Guildhall started " + runFile.get().startedAt() + " by launcher pid "
                    + runFile.get().launcherPid() + ".");
        }
        out.print(report.render());
        return report.allUp() ? EXIT_OK : EXIT_NOT_ALL_UP;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (Exception ignored) {
            // nothing to do about it
        }
    }
}
