package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJavaTest {

    @TempDir
    Path dir;

    @Test
    void the_newest_jdk_under_an_install_place_is_chosen_over_an_older_one() throws IOException {
        Path place = dir.resolve("jvm");
        jdk(place.resolve("java-17"), "17.0.15");
        Path newest = jdk(place.resolve("temurin-25"), "25.0.3");
        jdk(place.resolve("broken"), null);

        ServiceJava chosen = ServiceJava.newest(Map.of(), List.of(place));

        assertThat(chosen.home()).isEqualTo(newest.toAbsolutePath().normalize());
        assertThat(chosen.feature()).isEqualTo(25);
        assertThat(chosen.aotCache()).isTrue();
    }

    @Test
    void java_home_is_chosen_when_no_newer_jdk_is_installed() throws IOException {
        Path javaHome = jdk(dir.resolve("home-jdk"), "99.0.1");
        Path place = dir.resolve("jvm");
        jdk(place.resolve("temurin-25"), "25.0.3");

        ServiceJava chosen = ServiceJava.newest(Map.of("JAVA_HOME", javaHome.toString()), List.of(place));

        assertThat(chosen.version()).isEqualTo("99.0.1");
    }

    @Test
    void without_another_jdk_the_services_run_on_the_launchers_own() {
        ServiceJava chosen = ServiceJava.newest(Map.of(), List.of(dir.resolve("nowhere")));

        assertThat(chosen.home()).isEqualTo(ServiceJava.current().home());
    }

    @Test
    void versions_compare_by_number_not_by_text() {
        assertThat(ServiceJava.compareVersions("25.0.10", "25.0.9")).isPositive();
        assertThat(ServiceJava.compareVersions("17.0.15", "25")).isNegative();
        assertThat(ServiceJava.compareVersions("25", "25.0.0")).isZero();
    }

    @Test
    void a_rebuilt_jar_or_another_jdk_gets_a_cache_of_its_own() throws IOException {
        ServiceJava java25 = ServiceJava.at(jdk(dir.resolve("jdk25"), "25.0.3")).orElseThrow();
        ServiceJava java26 = ServiceJava.at(jdk(dir.resolve("jdk26"), "26.0.1")).orElseThrow();
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        Path before = java25.cacheFile(dir, "members-service", jar);

        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        assertThat(java25.cacheFile(dir, "members-service", jar)).isNotEqualTo(before);
        assertThat(java26.cacheFile(dir, "members-service", jar)).isNotEqualTo(before);
    }

    @Test
    void a_new_cache_replaces_the_stale_ones_of_its_service_only() throws IOException {
        Path stale = Files.writeString(dir.resolve("members-service-jdk25.0.2-1-2.aot"), "old");
        Path other = Files.writeString(dir.resolve("events-service-jdk25.0.2-1-2.aot"), "other");
        Path recorded = Files.writeString(dir.resolve("members-service-jdk25.0.3-1-3.aot.aotconf"), "recorded");

        ServiceJava.deleteStale(dir, "members-service", dir.resolve("members-service-jdk25.0.3-1-3.aot"));

        assertThat(stale).doesNotExist();
        assertThat(other).exists();
        assertThat(recorded).exists(); // on the way to the cache kept
    }

    private static Path jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        if (version != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return home;
    }
}
