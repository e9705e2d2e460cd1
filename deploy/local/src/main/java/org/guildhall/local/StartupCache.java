package org.guildhall.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up cache of one service's jar on one JDK, and the files on the way to it, all in one directory and named
 * by {@link ServiceJava#cacheFile}. The cache is recorded from the service's first run and written while it runs, so
 * that neither a start nor a Ctrl-C waits for it:
 *
 * <ul>
 *   <li><b>JDK 25 and newer</b>, an AOT cache (JEP 483/514) in the JDK's two steps: the first start records what the
 *       service loads and links ({@code -XX:AOTMode=record -XX:AOTConfiguration=<recording>}); once the platform has
 *       been ready for the training time, the launcher ends the recording in the running JVM ({@code jcmd <pid>
 *       AOT.end_recording}, a pause of the service of about a second) and builds the cache from it in a separate,
 *       low-priority JVM ({@code -XX:AOTMode=create}); the next start uses it ({@code -XX:AOTCache}). The one-step
 *       {@code -XX:AOTCacheOutput} is not used: it records at exit and builds in a child JVM forked then, which after a
 *       first Ctrl-C outlived the launcher. A recording that the launcher did not end (Ctrl-C during the training
 *       time) the JVM writes as it stops; it is kept when the JVM ended within the stop grace and built by the next
 *       run.
 *   <li><b>Older JDKs</b>, a dynamic AppCDS archive: recorded with {@code -XX:+RecordDynamicDumpInfo} and written by
 *       {@code jcmd <pid> VM.cds dynamic_dump <recording>} at the same moment; the next start uses it
 *       ({@code -XX:SharedArchiveFile}).
 * </ul>
 *
 * A file is only ever written under a temporary name ({@code .recording}, {@code .assembling}) and renamed into place
 * once whole, so a process killed while writing (the stop grace ran out, a crash) leaves nothing that a later start
 * would take for a cache. A JDK without {@code jcmd} (a bare runtime) runs without a cache.
 */
public final class StartupCache {

    /** Where a service is on the way to its cache. */
    public enum State {
        /** Nothing recorded yet (or the recording was lost): the next first instance records. */
        NONE,
        /** JDK 25+: a recording waits to be built into a cache. */
        RECORDED,
        /** The cache exists: a start uses it. */
        READY
    }

    private final ServiceJava java;
    private final Path cache;

    public StartupCache(ServiceJava java, Path cache) {
        this.java = java;
        this.cache = cache;
    }

    /** The cache of {@code jar} for the service {@code name} on {@code java}, kept in {@code directory}. */
    public static StartupCache of(ServiceJava java, Path directory, String name, Path jar) {
        return new StartupCache(java, java.cacheFile(directory, name, jar));
    }

    public Path cache() {
        return cache;
    }

    /** JDK 25+: the finished recording (the AOT configuration) that a cache is built from. */
    public Path configuration() {
        return sibling(".aotconf");
    }

    /** What a recording JVM writes ({@link #endRecordingCommand(long)}); renamed by {@link #finishRecording(boolean)}. */
    public Path recording() {
        return sibling(".recording");
    }

    /** What the building JVM writes; renamed by {@link #finishAssembly(boolean, boolean)}. */
    public Path assembling() {
        return sibling(".assembling");
    }

    private Path sibling(String suffix) {
        return cache.resolveSibling(cache.getFileName() + suffix);
    }

    public State state() {
        if (Files.isRegularFile(cache)) {
            return State.READY;
        }
        return java.aotCache() && Files.isRegularFile(configuration()) ? State.RECORDED : State.NONE;
    }

    /** What the JVM of a start is given: use the cache when it is {@link State#READY}, else nothing. */
    public List<String> useOptions() {
        return java.aotCache() ? List.of("-XX:AOTCache=" + cache) : List.of("-XX:SharedArchiveFile=" + cache);
    }

    /**
     * What the JVM of a recording start is given ({@link #canRecord()} first). A recording left by a process that did not finish it is deleted
     * first (only the first instance of a service records, and it has not started yet).
     */
    public List<String> recordOptions() throws IOException {
        Files.createDirectories(cache.getParent());
        Files.deleteIfExists(recording());
        return java.aotCache()
                ? List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + recording())
                : List.of("-XX:+RecordDynamicDumpInfo");
    }

    /** Whether this JDK can record a cache: it has {@code jcmd}, which ends a recording in a running JVM. */
    public boolean canRecord() {
        return Files.isExecutable(jcmd());
    }

    private Path jcmd() {
        return java.home().resolve("bin/jcmd");
    }

    /**
     * The command that ends the recording of the running JVM {@code pid} and writes it to {@link #recording()}: on
     * JDK 25+ {@code jcmd <pid> AOT.end_recording}, before {@code jcmd <pid> VM.cds dynamic_dump <file>}. Exit code 0
     * and a written file mean it worked; then call {@link #finishRecording(boolean)}.
     */
    public List<String> endRecordingCommand(long pid) {
        return java.aotCache()
                ? List.of(jcmd().toString(), Long.toString(pid), "AOT.end_recording")
                : List.of(
                        jcmd().toString(),
                        Long.toString(pid),
                        "VM.cds",
                        "dynamic_dump",
                        recording().toString());
    }

    /**
     * After a recording was written, or its process ended: when the writer {@code endedByItself} (finished, not killed)
     * and the file is there, it becomes the cache (older JDKs) or the configuration to build one from (JDK 25+);
     * otherwise what it left is deleted.
     */
    public void finishRecording(boolean endedByItself) {
        Path written = recording();
        try {
            if (endedByItself && Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(
                        written,
                        java.aotCache() ? configuration() : cache,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            // a recording that cannot be kept is recorded again by the next start
        }
    }

    /**
     * The command that builds the cache from the {@link #configuration()} (JDK 25+): the service's own JVM options and
     * jar in {@code -XX:AOTMode=create}, which loads and links the recorded classes and exits without running the
     * service. Run at low priority ({@code nice}) where the system has it, so that it does not slow the services.
     */
    public List<String> assembleCommand(List<String> javaOptions, Path jar) throws IOException {
        Files.deleteIfExists(assembling());
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "10"));
        }
        command.add(java.java().toString());
        command.addAll(javaOptions);
        command.addAll(List.of(
                "-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration(), "-XX:AOTCache=" + assembling()));
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /**
     * After the building JVM ended: on success its file becomes the cache and the configuration is deleted. When it was
     * {@code stopped} (the platform stopped meanwhile) the configuration stays for the next start; when it failed on its
     * own the configuration goes too, so the next first instance records afresh.
     */
    public void finishAssembly(boolean succeeded, boolean stopped) {
        try {
            if (succeeded && Files.isRegularFile(assembling()) && Files.size(assembling()) > 0) {
                Files.move(assembling(), cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(configuration());
                return;
            }
            Files.deleteIfExists(assembling());
            if (!stopped) {
                Files.deleteIfExists(configuration());
            }
        } catch (IOException e) {
            // as above: the next start records or builds again
        }
    }

    /** What the launcher says of it: {@code AOT cache} or {@code AppCDS archive}. */
    public String kind() {
        return java.aotCache() ? "AOT cache" : "AppCDS archive";
    }
}
