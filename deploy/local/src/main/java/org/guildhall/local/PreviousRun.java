package org.guildhall.local;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The run that a run file describes, as {@code ./guildhall up} or {@code down} finds it from another process: its
 * launcher still runs, or the launcher is gone (killed with SIGKILL, say) and left processes running that its watchdog
 * did not stop. Only a process with the recorded pid and start time counts as left by it: a pid alone may since belong
 * to something else.
 */
final class PreviousRun {

    private final RunFile runFile;

    PreviousRun(RunFile runFile) {
        this.runFile = runFile;
    }

    RunFile runFile() {
        return runFile;
    }

    /** The launcher, if it still runs. */
    Optional<ProcessHandle> launcher() {
        return runFile.launcher().find();
    }

    /** What the run owned and still runs: services, Keycloak, PostgreSQL. */
    List<OwnedProcess> leftovers() {
        return runFile.owned().stream()
                .filter(process -> process.find().isPresent())
                .toList();
    }

    /**
     * Stops the leftovers, the services first, PostgreSQL last (SIGTERM, then SIGKILL after {@code grace}); returns
     * what it found running.
     */
    List<String> reclaim(Duration grace, Consumer<String> progress) {
        return OwnedProcess.stopAll(runFile.owned(), grace, progress);
    }

    /**
     * Asks the launcher to stop (SIGTERM: its shutdown hook stops the platform gracefully) and waits up to
     * {@code timeout}; a launcher that has not ended by then is killed. Returns whether it ended by itself.
     */
    static boolean stopLauncher(ProcessHandle launcher, Duration timeout) {
        launcher.destroy();
        if (awaitExit(launcher, timeout)) {
            return true;
        }
        launcher.destroyForcibly();
        awaitExit(launcher, Duration.ofSeconds(10));
        return false;
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception timedOut) {
            return !process.isAlive();
        }
    }

    static String names(List<OwnedProcess> processes) {
        return processes.stream()
                .map(process -> process.name() + " (pid " + process.pid() + ")")
                .collect(Collectors.joining(", "));
    }
}
