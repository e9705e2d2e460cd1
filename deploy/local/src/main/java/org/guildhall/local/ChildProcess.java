package org.guildhall.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A service running as a child process whose output goes to a log file, and that answers a readiness probe. */
final class ChildProcess {

    /** How long a process has to end after SIGTERM before it is killed, unless configured otherwise. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final String name;
    private final Process process;
    private final int port;
    private final Path logFile;

    private ChildProcess(String name, Process process, int port, Path logFile) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command} with {@code environment} added to this process's own, its standard output and error
     * both written to {@code logFile} (replaced if it exists).
     */
    static ChildProcess start(
            String name, List<String> command, Map<String, String> environment, int port, Path logFile) {
        return start(name, command, environment, port, logFile, false);
    }

    /** As {@link #start(String, List, Map, int, Path)}, but with {@code append} after what the log holds already. */
    static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            int port,
            Path logFile,
            boolean append) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            append
                                    ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                                    : ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), port, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    Process process() {
        return process;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@code GET /q/health/ready} answers 200. */
    boolean isReady(HttpClient client) {
        return isReady(client, URI.create("http://localhost:" + port + "/q/health/ready"));
    }

    static boolean isReady(HttpClient client, URI readiness) {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness)
                    .timeout(PROBE_TIMEOUT)
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines of the log, to show why a service did not start. */
    String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> "    " + line)
                    .collect(Collectors.joining(System.lineSeparator()));
        } catch (IOException | UncheckedIOException e) {
            return "    (log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the processes and all their descendants: asks them to end (SIGTERM), waits up to {@code grace} for all of
     * them together, then kills what is left. Returns the names of processes that had to be killed.
     */
    static List<String> stopAll(List<ChildProcess> children, Duration grace) {
        List<ProcessHandle> handles = new ArrayList<>();
        for (ChildProcess child : children) {
            handles.addAll(withDescendants(child.process.toHandle()));
        }
        List<ProcessHandle> killed = terminate(handles, grace);
        List<String> names = new ArrayList<>();
        for (ChildProcess child : children) {
            if (killed.contains(child.process.toHandle())) {
                names.add(child.name);
            }
        }
        return names;
    }

    /** The process and its descendants, the descendants first. */
    static List<ProcessHandle> withDescendants(ProcessHandle process) {
        List<ProcessHandle> handles = new ArrayList<>();
        // the descendants first: once the parent is gone they are re-parented and no longer found
        process.descendants().forEach(handles::add);
        handles.add(process);
        return handles;
    }

    /**
     * Asks the processes to end (SIGTERM), waits up to {@code grace} for all of them together, then kills what is left
     * (SIGKILL) and waits until it is gone. Returns the processes that had to be killed.
     */
    static List<ProcessHandle> terminate(List<ProcessHandle> handles, Duration grace) {
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception timedOut) {
                // killed below
            }
        }
        List<ProcessHandle> killed = new ArrayList<>();
        for (ProcessHandle handle : handles) {
            if (handle.isAlive()) {
                killed.add(handle);
            }
        }
        killAll(handles);
        return killed;
    }

    /** Kills the process and its descendants at once (SIGKILL), as a crash would, and waits until they are gone. */
    void kill() {
        killAll(withDescendants(process.toHandle()));
    }

    static void killAll(List<ProcessHandle> handles) {
        for (ProcessHandle handle : handles) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : handles) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception ignored) {
                // nothing more can be done than SIGKILL
            }
        }
    }
}
