package org.guildhall.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts the first instance of a service again when it exits on its own while the platform runs, after the pause its
 * {@link RestartPolicy} says, and reports each exit and restart. A process that the platform stops or kills on purpose
 * ({@link Platform#stop}, {@link Platform#kill}, {@link Platform#close}) is not restarted.
 */
final class Supervisor implements AutoCloseable {

    /** What the platform does for the supervisor, each under the platform's own lock. */
    interface Services {
        /** Whether {@code child} is still meant to run: neither stopped nor killed on purpose, nor the platform closed. */
        boolean stillWanted(ChildProcess child);

        /** Starts {@code service} again in place of {@code dead}; {@code null} when it is no longer wanted. */
        ChildProcess relaunch(Service service, ChildProcess dead);
    }

    /** How often a service was restarted, and when last ({@code null} before the first restart). */
    public record Restarts(int count, Instant last) {
        static final Restarts NONE = new Restarts(0, null);
    }

    private final RestartPolicy policy;
    private final Services services;
    private final Consumer<String> progress;
    private final Consumer<RunningService> onRestart;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "guildhall-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Service, Restarts> restarts = new ConcurrentHashMap<>();
    private final Map<Service, Integer> crashesInARow = new ConcurrentHashMap<>();
    private volatile boolean closed;

    Supervisor(RestartPolicy policy, Services services, Consumer<String> progress, Consumer<RunningService> onRestart) {
        this.policy = policy;
        this.services = services;
        this.progress = progress;
        this.onRestart = onRestart;
    }

    /** Restarts {@code child} when it exits unless the platform ended it. */
    void supervise(Service service, ChildProcess child) {
        long since = System.nanoTime();
        child.process().onExit().thenRun(() -> exited(service, child, since));
    }

    Restarts restarts(Service service) {
        return restarts.getOrDefault(service, Restarts.NONE);
    }

    private void exited(Service service, ChildProcess child, long since) {
        if (closed || !services.stillWanted(child)) {
            return;
        }
        boolean ranStably = System.nanoTime() - since >= policy.stableAfter().toNanos();
        int inARow = crashesInARow.merge(service, 1, (earlier, one) -> ranStably ? 1 : earlier + 1);
        Duration delay = policy.delay(inARow);
        progress.accept(child.name() + " (pid " + child.pid() + ") exited with code "
                + child.process().exitValue() + "; restarting it in " + seconds(delay) + " (see "
                + Machine.display(child.logFile()) + ")");
        schedule(service, child, delay);
    }

    private void schedule(Service service, ChildProcess dead, Duration delay) {
        try {
            scheduler.schedule(() -> restart(service, dead), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the platform stops
        }
    }

    private void restart(Service service, ChildProcess dead) {
        if (closed) {
            return;
        }
        ChildProcess next;
        try {
            next = services.relaunch(service, dead);
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            Duration delay = policy.delay(crashesInARow.merge(service, 1, Integer::sum));
            progress.accept(
                    dead.name() + " did not start again (" + e.getMessage() + "); trying again in " + seconds(delay));
            schedule(service, dead, delay);
            return;
        }
        if (next == null) {
            return;
        }
        Restarts now = restarts.merge(
                service,
                new Restarts(1, Instant.now()),
                (earlier, latest) -> new Restarts(earlier.count() + 1, latest.last()));
        progress.accept(dead.name() + ": restarted as pid " + next.pid() + " on port " + next.port() + " (restart "
                + now.count() + ")");
        supervise(service, next);
        onRestart.accept(new RunningService(service, next.pid(), next.port(), next.logFile()));
    }

    private static String seconds(Duration delay) {
        return delay.toMillis() % 1000 == 0 ? delay.toSeconds() + " s" : delay.toMillis() + " ms";
    }

    /** No more restarts, also none already scheduled. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
    }
}
