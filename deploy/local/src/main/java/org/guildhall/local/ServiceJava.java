package org.guildhall.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java the services run on, and the start-up cache that goes with it. The launcher chooses the newest JDK it
 * finds ({@code JAVA_HOME}, its own, or one under the usual install places such as {@code /usr/lib/jvm}); the code is
 * compiled for release 17 and runs on any of them.
 *
 * <p>On JDK 25 and newer a service runs with an AOT cache (JEP 483/514), on older JDKs with a dynamic AppCDS archive;
 * {@link StartupCache} says how each is recorded, built and used. The file is named by the JDK's exact version and the packaged jar's size and time,
 * so a rebuilt service or another JDK records a fresh one instead of using one that does not match (the JVM would
 * ignore it and start without).
 */
public final class ServiceJava {

    /** Where JDKs are usually installed on Linux and macOS. */
    public static final List<Path> INSTALL_PLACES = List.of(
            Path.of("/usr/lib/jvm"),
            Path.of("/usr/java"),
            Path.of("/opt/java"),
            Path.of("/Library/Java/JavaVirtualMachines"));

    /** The first JDK with an AOT cache that records and uses itself in one option each (JEP 514). */
    public static final int AOT_CACHE_FEATURE = 25;

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"([^\"]+)\"", Pattern.MULTILINE);

    private final Path home;
    private final String version;

    private ServiceJava(Path home, String version) {
        this.home = home;
        this.version = version;
    }

    /** The JDK this launcher runs on. */
    public static ServiceJava current() {
        return new ServiceJava(Path.of(System.getProperty("java.home")), System.getProperty("java.version"));
    }

    /** The JDK in {@code home}, when it has {@code bin/java} and a {@code release} file that names its version. */
    public static Optional<ServiceJava> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = VERSION.matcher(Files.readString(release));
            return matcher.find()
                    ? Optional.of(new ServiceJava(home.toAbsolutePath().normalize(), matcher.group(1)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The newest of: {@code JAVA_HOME} from {@code environment}, this launcher's own JDK, and every JDK directly
     * under {@code installPlaces}; on a tie the earlier of these.
     */
    public static ServiceJava newest(Map<String, String> environment, List<Path> installPlaces) {
        List<ServiceJava> candidates = new ArrayList<>();
        Optional.ofNullable(environment.get("JAVA_HOME"))
                .filter(value -> !value.isBlank())
                .flatMap(value -> at(Path.of(value)))
                .ifPresent(candidates::add);
        candidates.add(current());
        for (Path place : installPlaces) {
            if (!Files.isDirectory(place)) {
                continue;
            }
            try (Stream<Path> homes = Files.list(place)) {
                homes.sorted()
                        .map(ServiceJava::macHome)
                        .map(ServiceJava::at)
                        .flatMap(Optional::stream)
                        .forEach(candidates::add);
            } catch (IOException e) {
                // a place that cannot be read offers no JDK
            }
        }
        // max keeps the first of equals only when iterating in reverse
        ServiceJava best = candidates.get(0);
        for (ServiceJava candidate : candidates) {
            if (compareVersions(candidate.version, best.version) > 0) {
                best = candidate;
            }
        }
        return best;
    }

    private static Path macHome(Path bundle) {
        Path contents = bundle.resolve("Contents/Home");
        return Files.isDirectory(contents) ? contents : bundle;
    }

    static int compareVersions(String left, String right) {
        int[] a = numbers(left);
        int[] b = numbers(right);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int difference = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static int[] numbers(String version) {
        return Stream.of(version.split("[^0-9]+"))
                .filter(part -> !part.isEmpty())
                .limit(4)
                .mapToInt(part -> Integer.parseInt(part.length() > 9 ? part.substring(0, 9) : part))
                .toArray();
    }

    public Path home() {
        return home;
    }

    public String version() {
        return version;
    }

    /** The feature release: 17 for {@code 17.0.15}, 25 for {@code 25.0.3}. */
    public int feature() {
        int[] parts = numbers(version);
        return parts.length == 0 ? 0 : parts[0];
    }

    public Path java() {
        return home.resolve("bin/java");
    }

    /** Whether this JDK records and uses an AOT cache (25 and newer); older ones use an AppCDS archive. */
    public boolean aotCache() {
        return feature() >= AOT_CACHE_FEATURE;
    }

    /** The start-up cache of {@code jar} on this JDK, in {@code directory}: one per JDK version and build of the jar. */
    public Path cacheFile(Path directory, String name, Path jar) {
        String build;
        try {
            build = Long.toHexString(Files.size(jar)) + "-"
                    + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException e) {
            build = "unbuilt";
        }
        return directory.resolve(name + "-jdk" + version + "-" + build + (aotCache() ? ".aot" : ".jsa"));
    }

    /** What the launcher says: {@code JDK 25.0.3 (/usr/lib/jvm/temurin-25-jdk-amd64)}. */
    public String describe() {
        return "JDK " + version + " (" + Machine.display(home) + ")";
    }

    /** Deletes the caches in {@code directory} of {@code name} that {@code keep} replaces (older builds or JDKs). */
    static void deleteStale(Path directory, String name, Path keep) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().startsWith(name + "-jdk"))
                    // the cache and the files on the way to it share its name
                    .filter(file -> !file.getFileName()
                            .toString()
                            .startsWith(keep.getFileName().toString()))
                    .sorted(Comparator.naturalOrder())
                    .forEach(file -> {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException e) {
                            // an old cache that stays costs disk, nothing else
                        }
                    });
        } catch (IOException e) {
            // as above
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
