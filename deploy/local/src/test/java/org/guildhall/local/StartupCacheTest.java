package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @TempDir
    Path dir;

    @Test
    void on_jdk_25_a_start_records_a_configuration_that_is_built_into_the_cache_the_next_start_uses()
            throws IOException {
        StartupCache cache = cacheOn("25.0.3");
        assertThat(cache.endRecordingCommand(42)).endsWith("42", "AOT.end_recording");

        assertThat(cache.state()).isEqualTo(StartupCache.State.NONE);
        assertThat(cache.recordOptions())
                .containsExactly("-XX:AOTMode=record", "-XX:AOTConfiguration=" + cache.recording());
        Files.writeString(cache.recording(), "written as the JVM stopped");
        cache.finishRecording(true);
        assertThat(cache.state()).isEqualTo(StartupCache.State.RECORDED);

        assertThat(cache.assembleCommand(java.util.List.of("-Xmx384m"), dir.resolve("quarkus-run.jar")))
                .contains(
                        "-Xmx384m",
                        "-XX:AOTMode=create",
                        "-XX:AOTConfiguration=" + cache.configuration(),
                        "-XX:AOTCache=" + cache.assembling());
        Files.writeString(cache.assembling(), "built");
        cache.finishAssembly(true, false);

        assertThat(cache.state()).isEqualTo(StartupCache.State.READY);
        assertThat(cache.useOptions()).containsExactly("-XX:AOTCache=" + cache.cache());
        assertThat(cache.configuration()).doesNotExist();
    }

    @Test
    void on_jdk_17_the_archive_dumped_from_the_running_jvm_is_the_cache() throws IOException {
        StartupCache cache = cacheOn("17.0.15");

        assertThat(cache.recordOptions()).containsExactly("-XX:+RecordDynamicDumpInfo");
        assertThat(cache.endRecordingCommand(42))
                .endsWith("42", "VM.cds", "dynamic_dump", cache.recording().toString());
        Files.writeString(cache.recording(), "archive");
        cache.finishRecording(true);

        assertThat(cache.state()).isEqualTo(StartupCache.State.READY);
        assertThat(cache.useOptions()).containsExactly("-XX:SharedArchiveFile=" + cache.cache());
    }

    @Test
    void a_recording_whose_process_was_killed_while_writing_it_is_never_taken_for_a_cache() throws IOException {
        for (String version : new String[] {"17.0.15", "25.0.3"}) {
            StartupCache cache = cacheOn(version);
            cache.recordOptions();
            Files.writeString(cache.recording(), "half written");

            cache.finishRecording(false);

            assertThat(cache.recording()).doesNotExist();
            assertThat(cache.state()).isEqualTo(StartupCache.State.NONE);
        }
    }

    @Test
    void a_build_stopped_with_the_platform_keeps_the_recording_and_a_failed_one_records_afresh() throws IOException {
        StartupCache cache = cacheOn("25.0.3");
        Files.writeString(cache.configuration(), "recorded");
        Files.writeString(cache.assembling(), "half built");

        cache.finishAssembly(false, true);
        assertThat(cache.assembling()).doesNotExist();
        assertThat(cache.state()).isEqualTo(StartupCache.State.RECORDED);

        cache.finishAssembly(false, false);
        assertThat(cache.state()).isEqualTo(StartupCache.State.NONE);
    }

    private StartupCache cacheOn(String version) throws IOException {
        Path home = dir.resolve("jdk-" + version);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        ServiceJava java = ServiceJava.at(home).orElseThrow();
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        Path caches = Files.createDirectories(dir.resolve("aot-" + version));
        return StartupCache.of(java, caches, "members-service", jar);
    }
}
