package org.guildhall.local.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.local.OwnedProcess;
import org.guildhall.local.Platform;
import org.guildhall.testkit.bench.ProcessCpu;

/**
 * Which process of a running platform used the CPU, between two readings: each process the platform owns (the
 * services, PostgreSQL with every backend it runs), and this JVM (the broker, GreenMail, the load generator and the
 * benchmark's own consumer), as {@link ProcessCpu} counts it (a PostgreSQL backend that ended between the readings is
 * not counted; the services' pools keep their connections open).
 */
final class CpuShares {

    private final Map<String, Duration> at;

    private CpuShares(Map<String, Duration> at) {
        this.at = at;
    }

    /** The CPU time each process has used so far, by name ({@code this JVM} for the benchmark's). */
    static CpuShares read(Platform platform) {
        Map<String, Duration> at = new LinkedHashMap<>();
        for (OwnedProcess owned : platform.ownedProcesses()) {
            owned.find()
                    .ifPresent(process -> at.merge(owned.name(), ProcessCpu.withDescendants(process), Duration::plus));
        }
        at.put("this JVM (broker, GreenMail, load)", ProcessCpu.thisJvm());
        return new CpuShares(at);
    }

    /**
     * One line per process: the CPU it used since {@code before}, in seconds, and in milliseconds per {@code per}
     * (e.g. per join), then the total and the share of the machine's {@code cores} over {@code elapsed}.
     */
    List<String> since(CpuShares before, int per, String perWhat, Duration elapsed, int cores) {
        Duration total = Duration.ZERO;
        List<String> lines = new java.util.ArrayList<>();
        for (Map.Entry<String, Duration> process : at.entrySet()) {
            Duration used = process.getValue().minus(before.at.getOrDefault(process.getKey(), Duration.ZERO));
            total = total.plus(used);
            lines.add(String.format(
                    "  %-40s %7.1f s CPU, %6.2f ms per %s",
                    process.getKey(), seconds(used), millisPer(used, per), perWhat));
        }
        lines.add(String.format(
                "  %-40s %7.1f s CPU, %6.2f ms per %s; %.0f %% of %d cores over %.0f s",
                "all",
                seconds(total),
                millisPer(total, per),
                perWhat,
                100 * seconds(total) / (seconds(elapsed) * cores),
                cores,
                seconds(elapsed)));
        return lines;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static double millisPer(Duration duration, int per) {
        return per == 0 ? 0 : duration.toNanos() / 1e6 / per;
    }
}
