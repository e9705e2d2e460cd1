package org.guildhall.testkit.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * CPU time of processes a benchmark runs beside it, as the operating system counts it: user plus system, all threads
 * ({@link ProcessHandle.Info#totalCpuDuration()}), zero where the platform does not say. A process's descendants that
 * ended before the reading are not counted: for PostgreSQL, whose backends live as long as their connection, the
 * figure is a lower bound that is exact for connection pools that keep their connections.
 */
public final class ProcessCpu {

    private ProcessCpu() {}

    /** The CPU time {@code process} and every descendant running now have used since they started. */
    public static Duration withDescendants(ProcessHandle process) {
        return process.descendants().map(ProcessCpu::of).reduce(of(process), Duration::plus);
    }

    /** The CPU time of this JVM so far. */
    public static Duration thisJvm() {
        return of(ProcessHandle.current());
    }

    /**
     * The PostgreSQL server listening on {@code port} on this machine (its postmaster, found by the {@code -p <port>}
     * of its command line, and every backend and worker under it), if it runs here.
     */
    public static Optional<ProcessHandle> postgres(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .filter(process -> process.info()
                        .arguments()
                        .map(arguments -> listensOn(Arrays.asList(arguments), port))
                        .orElse(false))
                .findFirst();
    }

    private static boolean listensOn(List<String> arguments, int port) {
        int option = arguments.indexOf("-p");
        return option >= 0
                && option + 1 < arguments.size()
                && arguments.get(option + 1).equals(Integer.toString(port));
    }

    private static Duration of(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
