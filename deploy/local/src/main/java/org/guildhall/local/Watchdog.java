package org.guildhall.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Stops what the platform started when the JVM that started it dies without stopping it (SIGKILL, a crash, the OOM
 * killer): no shutdown hook runs then, and the children would run on as orphans. A second, small JVM does it: this JVM
 * tells it each process to watch ({@link OwnedProcess}) through a pipe whose writing end only this JVM holds. When the
 * pipe ends without {@code done}, this JVM is gone, and the watchdog stops each watched process that is still the one
 * started (pid and start time): the services and Keycloak first, PostgreSQL last, SIGTERM, then SIGKILL after the stop
 * grace. It ignores SIGINT and SIGHUP, which a terminal sends to its whole process group, so that it outlives a launcher
 * they end; it writes what it does to its log.
 *
 * <p>A foreign process (PostgreSQL, Keycloak's scripts) cannot be made to watch its parent, and a service JVM should
 * not need to: one watcher for all of them keeps the children as they are.
 */
final class Watchdog implements AutoCloseable {

    static final String DONE = "done";
    static final String FORGET = "forget ";

    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    private final Process process;
    private final Writer pipe;
    private final Map<Long, OwnedProcess> watched = new LinkedHashMap<>();

    private Watchdog(Process process) {
        this.process = process;
        this.pipe = process == null
                ? Writer.nullWriter()
                : new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /**
     * Starts the watchdog JVM, its output appended to {@code logFile}. If it cannot start, the platform runs without
     * one and {@code progress} says so; {@link #watched()} still lists what the platform owns.
     */
    static Watchdog start(Duration grace, Path logFile, Consumer<String> progress) {
        try {
            Files.createDirectories(logFile.getParent());
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx32m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    ownClasses().toString(),
                    Watchdog.class.getName(),
                    Long.toString(ProcessHandle.current().pid()),
                    Long.toString(grace.toMillis()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new Watchdog(process);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            progress.accept("no watchdog (" + e.getMessage() + "): if this process is killed, ./guildhall up or"
                    + " ./guildhall down stops what it leaves");
            return new Watchdog(null);
        }
    }

    /** The directory or jar this class comes from: all the watchdog needs. */
    private static Path ownClasses() throws URISyntaxException {
        return Path.of(Watchdog.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    /** The watchdog's pid, if it runs. */
    java.util.OptionalLong pid() {
        return process == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(process.pid());
    }

    /** From now on, {@code owned} is stopped if this JVM dies. */
    synchronized void watch(OwnedProcess owned) {
        watched.put(owned.pid(), owned);
        send(owned.line());
    }

    /** The process was stopped on purpose; the watchdog is to leave its pid alone. */
    synchronized void forget(long pid) {
        if (watched.remove(pid) != null) {
            send(FORGET + pid);
        }
    }

    /** What the platform owns and runs now, in the order it was started. */
    synchronized List<OwnedProcess> watched() {
        return List.copyOf(watched.values());
    }

    private void send(String line) {
        try {
            pipe.write(line + "\n");
            pipe.flush();
        } catch (IOException gone) {
            // the watchdog died: the next up or down reclaims what is left, from the run file
        }
    }

    /** The platform stopped everything: the watchdog ends without stopping anything. */
    @Override
    public synchronized void close() {
        watched.clear();
        send(DONE);
        try {
            pipe.close();
        } catch (IOException ignored) {
            // it ends anyway once the pipe closes
        }
        if (process != null) {
            try {
                if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** The watchdog process: {@code Watchdog <pid of the platform's JVM> <stop grace in ms>}, fed on stdin. */
    public static void main(String[] args) throws IOException {
        ignoreTerminalSignals();
        String owner = args[0];
        Duration grace = Duration.ofMillis(Long.parseLong(args[1]));
        log("watching what process " + owner + " starts");
        Map<Long, OwnedProcess> watched = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals(DONE)) {
                return;
            } else if (line.startsWith(FORGET)) {
                watched.remove(Long.parseLong(line.substring(FORGET.length())));
            } else if (!line.isBlank()) {
                OwnedProcess owned = OwnedProcess.parse(line);
                watched.put(owned.pid(), owned);
            }
        }
        log("the process " + owner + " that started the platform is gone without stopping it");
        List<String> stopped = OwnedProcess.stopAll(new ArrayList<>(watched.values()), grace, Watchdog::log);
        log(stopped.isEmpty() ? "nothing of it was running" : "stopped " + String.join(", ", stopped));
    }

    private static void log(String line) {
        System.out.println(Instant.now() + " watchdog: " + line);
    }

    @SuppressWarnings("restriction")
    private static void ignoreTerminalSignals() {
        for (String signal : List.of("INT", "HUP")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), sun.misc.SignalHandler.SIG_IGN);
            } catch (RuntimeException | LinkageError unsupported) {
                // then Ctrl-C ends the watchdog too; the next up reclaims what a killed launcher leaves
            }
        }
    }
}
