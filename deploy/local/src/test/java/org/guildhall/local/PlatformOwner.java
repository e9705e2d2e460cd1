package org.guildhall.local;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs a platform in a JVM of its own for {@link PlatformTest}, which kills that JVM as a crash would:
 * {@code PlatformOwner <repo> <home>}. Writes the run file once the platform is ready, then waits to be killed.
 */
public final class PlatformOwner {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        Platform platform = Platform.builder()
                .repoRoot(Path.of(args[0]))
                .home(home)
                .keepData(true)
                .progress(System.out::println)
                .start();
        RunFile.of(ProcessHandle.current().pid(), Instant.now(), platform).write(RunFile.in(home));
        System.out.println("ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
