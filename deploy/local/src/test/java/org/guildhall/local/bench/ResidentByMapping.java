package org.guildhall.local.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's resident memory grouped by the kind of mapping it lies in, from {@code /proc/<pid>/smaps}: the start-up
 * cache (the AOT cache or a CDS archive, the JDK's own included, mapped from its file), the Java heap (anonymous memory inside the heap's
 * reservation, which {@code jcmd <pid> GC.heap_info} gives), the code cache (anonymous and executable), other files
 * (jars, {@code lib/modules}, shared libraries) and all other anonymous memory (malloc arenas, metaspace and class
 * space, thread stacks, and the kernel's {@code [heap]}, {@code [stack]} and {@code [vdso]}). Each group gives its resident set, the part of it that is private and dirty (written by this
 * process: counts in full against the machine) and the clean part (file pages that the kernel may drop and share).
 *
 * <p>Linux only. Read right after the first request, before {@code jcmd} attaches, so that the attach listener's own
 * thread is not counted.
 */
final class ResidentByMapping {

    /** Resident, private dirty and clean KiB of one group. */
    record Group(long rssKiB, long privateDirtyKiB, long cleanKiB) {

        Group plus(Group other) {
            return new Group(rssKiB + other.rssKiB, privateDirtyKiB + other.privateDirtyKiB, cleanKiB + other.cleanKiB);
        }
    }

    /** An address range {@code [from, to)}. */
    record Range(long from, long to) {

        boolean contains(long address) {
            return address >= from && address < to;
        }
    }

    private static final Pattern HEADER = Pattern.compile("^([0-9a-f]+)-([0-9a-f]+) (\\S{4}) \\S+ \\S+ \\d+\\s*(.*)$");
    private static final Pattern HEAP_RANGE = Pattern.compile("\\[(0x[0-9a-f]+), (0x[0-9a-f]+), (0x[0-9a-f]+)\\)");

    private ResidentByMapping() {}

    /** The smaps text of {@code pid} now; read it as close to the RSS reading as possible. */
    static String snapshot(long pid) throws IOException {
        return Files.readString(Path.of("/proc/" + pid + "/smaps"), StandardCharsets.UTF_8);
    }

    /**
     * The Java heap's reserved address range {@code [from, to)} of the running JVM {@code pid}, from the generations'
     * or regions' bounds that {@code <jdk>/bin/jcmd <pid> GC.heap_info} prints; {@code null} when it prints none.
     */
    static Range heapRange(Path jdkHome, long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(jdkHome.resolve("bin/jcmd").toString(), Long.toString(pid), "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        Matcher bounds = HEAP_RANGE.matcher(out);
        while (bounds.find()) {
            from = Math.min(from, Long.decode(bounds.group(1)));
            to = Math.max(to, Long.decode(bounds.group(3)));
        }
        return from < to ? new Range(from, to) : null;
    }

    /** The groups of {@code smaps} in a fixed order, the heap found from {@code heapRange} (may be null). */
    static Map<String, Group> group(String smaps, Range heapRange) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String name : List.of("start-up cache", "Java heap", "code cache", "other anonymous", "other files")) {
            groups.put(name, new Group(0, 0, 0));
        }
        String group = null;
        long rss = 0;
        long dirty = 0;
        long clean = 0;
        for (String line : smaps.split("\n")) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (group != null) {
                    groups.merge(group, new Group(rss, dirty, clean), Group::plus);
                }
                group = groupOf(
                        Long.parseUnsignedLong(header.group(1), 16), header.group(3), header.group(4), heapRange);
                rss = 0;
                dirty = 0;
                clean = 0;
            } else if (line.startsWith("Rss:")) {
                rss = kib(line);
            } else if (line.startsWith("Private_Dirty:")) {
                dirty = kib(line);
            } else if (line.startsWith("Shared_Clean:") || line.startsWith("Private_Clean:")) {
                clean += kib(line);
            }
        }
        if (group != null) {
            groups.merge(group, new Group(rss, dirty, clean), Group::plus);
        }
        return groups;
    }

    private static String groupOf(long start, String permissions, String path, Range heapRange) {
        if (path.endsWith(".aot") || path.endsWith(".jsa")) {
            return "start-up cache";
        }
        if (path.startsWith("/")) {
            return "other files";
        }
        if (heapRange != null && heapRange.contains(start)) {
            return "Java heap";
        }
        if (path.isEmpty() && permissions.contains("x")) {
            return "code cache";
        }
        return "other anonymous";
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("\\D", ""));
    }

    /** One line: each group's resident MiB, with its private dirty and its clean MiB in brackets. */
    static String describe(Map<String, Group> groups) {
        StringBuilder text = new StringBuilder();
        groups.forEach((name, group) -> text.append(String.format(
                "%s%s %d (dirty %d, clean %d)",
                text.isEmpty() ? "" : ", ",
                name,
                group.rssKiB() >> 10,
                group.privateDirtyKiB() >> 10,
                group.cleanKiB() >> 10)));
        return text.toString();
    }
}
