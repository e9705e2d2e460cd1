package org.guildhall.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guildhall.contracts.Topics;

/**
 * What a deployment must agree with, read from a service's own files: its configuration in the prod profile (its
 * application.properties over the service kit's microprofile-config.properties, as SmallRye Config orders them),
 * and the path prefixes of its REST resources (their {@code @Path} annotations).
 */
final class ServiceConfig {

    static final List<String> SERVICES =
            List.of("members-service", "events-service", "mentoring-service", "notifications-service");

    static final String KIT_PROPERTIES =
            "platform/service-kit/src/main/resources/META-INF/microprofile-config.properties";

    /**
     * What production needs although %prod gives it a default, because the default only suits the local run or the
     * benchmarks: Keycloak instead of the local signing key, and a real SMTP server.
     */
    static final Map<String, Set<String>> PRODUCTION_EXTRAS = Map.of(
            "members-service", Set.of("QUARKUS_OIDC_AUTH_SERVER_URL"),
            "events-service", Set.of("QUARKUS_OIDC_AUTH_SERVER_URL"),
            "mentoring-service", Set.of("QUARKUS_OIDC_AUTH_SERVER_URL"),
            "notifications-service",
                    Set.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT"));

    private static final Pattern CLASS_DECLARATION =
            Pattern.compile("^(public\\s+)?(final\\s+|abstract\\s+)*(class|interface)\\s+\\w+", Pattern.MULTILINE);
    private static final Pattern PATH_ANNOTATION = Pattern.compile("@Path\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");

    private final String name;
    /** Highest priority first: application.properties, then the kit's file. */
    private final List<Map<String, String>> sources;

    private final Path sourceRoot;

    ServiceConfig(String name, Path applicationProperties, Path kitProperties, Path sourceRoot) {
        this.name = name;
        this.sources = List.of(load(applicationProperties), load(kitProperties));
        this.sourceRoot = sourceRoot;
    }

    /** The service as it is in the repository. */
    static ServiceConfig of(Path repo, String name) {
        return new ServiceConfig(
                name,
                repo.resolve(name).resolve("src/main/resources/application.properties"),
                repo.resolve(KIT_PROPERTIES),
                repo.resolve(name).resolve("src/main/java"));
    }

    static List<ServiceConfig> all(Path repo) {
        return SERVICES.stream().map(name -> of(repo, name)).collect(Collectors.toList());
    }

    String name() {
        return name;
    }

    /** The value in the prod profile: %prod before the plain key within a file, the service's file before the kit's. */
    Optional<String> value(String key) {
        for (Map<String, String> source : sources) {
            String profiled = source.get("%prod." + key);
            if (profiled != null) {
                return Optional.of(profiled);
            }
            String plain = source.get(key);
            if (plain != null) {
                return Optional.of(plain);
            }
        }
        return Optional.empty();
    }

    /** quarkus.http.port in production (Quarkus' default 8080). */
    int httpPort() {
        return Integer.parseInt(value("quarkus.http.port").orElse("8080"));
    }

    String readinessPath() {
        return healthPath("quarkus.smallrye-health.readiness-path", "ready");
    }

    String livenessPath() {
        return healthPath("quarkus.smallrye-health.liveness-path", "live");
    }

    String startupPath() {
        return healthPath("quarkus.smallrye-health.startup-path", "started");
    }

    String metricsPath() {
        return nonApplicationPath(
                value("quarkus.micrometer.export.prometheus.path").orElse("metrics"));
    }

    private String healthPath(String key, String fallback) {
        String root =
                nonApplicationPath(value("quarkus.smallrye-health.root-path").orElse("health"));
        String path = value(key).orElse(fallback);
        return path.startsWith("/") ? path : root + "/" + path;
    }

    private String nonApplicationPath(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String root = value("quarkus.http.non-application-root-path").orElse("q");
        return "/" + strip(root) + "/" + path;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** group/name:tag of the container image the Quarkus build makes (quarkus.container-image.*). */
    String image() {
        String group = value("quarkus.container-image.group")
                .orElseThrow(() -> new IllegalStateException(name + ": quarkus.container-image.group is not set"));
        String image = value("quarkus.container-image.name").orElse(name);
        String tag = value("quarkus.container-image.tag")
                .orElseThrow(() -> new IllegalStateException(name + ": quarkus.container-image.tag is not set"));
        return group + "/" + image + ":" + tag;
    }

    /**
     * The dead-letter topics it writes to: for each topic it reads, {@link Topics#deadLetter} with its application name
     * (the service kit's inbox parks poison messages there), and any that a channel names itself
     * (mp.messaging.incoming.*.dead-letter-queue.topic).
     */
    Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>(incoming("dead-letter-queue.topic").values());
        String application = value("quarkus.application.name").orElse(name);
        incoming("topic").values().forEach(topic -> topics.add(Topics.deadLetter(topic, application)));
        return topics;
    }

    /** For each topic it consumes, how many consumers per replica read it (mp.messaging.incoming.*.partitions). */
    Map<String, Integer> consumedTopicPartitions() {
        Map<String, String> topics = incoming("topic");
        Map<String, String> partitions = incoming("partitions");
        Map<String, Integer> result = new TreeMap<>();
        topics.forEach((channel, topic) ->
                result.merge(topic, Integer.parseInt(partitions.getOrDefault(channel, "1")), Math::max));
        return result;
    }

    /** channel -> value of mp.messaging.incoming.[channel].[attribute], in prod. */
    private Map<String, String> incoming(String attribute) {
        Map<String, String> result = new TreeMap<>();
        for (String key : keys()) {
            Matcher matcher = INCOMING.matcher(key);
            if (matcher.matches() && matcher.group(2).equals(attribute)) {
                value(key).ifPresent(value -> result.put(matcher.group(1), value));
            }
        }
        return result;
    }

    /** Every key without its profile, that applies in prod (plain or %prod). */
    private Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (Map<String, String> source : sources) {
            for (String key : source.keySet()) {
                if (key.startsWith("%prod.")) {
                    keys.add(key.substring("%prod.".length()));
                } else if (!key.startsWith("%")) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * The environment variables production must set: each {@code ${NAME}} without a default in a value that applies
     * in prod, plus {@link #PRODUCTION_EXTRAS}. A reference to another property that is configured is no variable.
     */
    Set<String> requiredVariables() {
        Set<String> required = new TreeSet<>(PRODUCTION_EXTRAS.getOrDefault(name, Set.of()));
        for (String key : keys()) {
            String value = value(key).orElse("");
            for (String expression : topLevelExpressions(value)) {
                if (expression.contains(":")) {
                    continue;
                }
                if (expression.matches("[A-Z0-9_]+")) {
                    required.add(expression);
                } else if (value(expression).isEmpty()) {
                    required.add(expression.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
                }
            }
        }
        return required;
    }

    /** The contents of the outermost ${...} of a value. */
    static List<String> topLevelExpressions(String value) {
        List<String> expressions = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                if (depth == 0) {
                    start = i + 2;
                }
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && depth > 0) {
                depth--;
                if (depth == 0) {
                    expressions.add(value.substring(start, i));
                }
            }
        }
        return expressions;
    }

    /**
     * The first path segment of every REST endpoint ({@code /members}, {@code /mentors}, ...): from the class-level
     * {@code @Path}, or where that is {@code /}, from each method's.
     */
    Set<String> apiPathPrefixes() {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                prefixes.addAll(pathPrefixes(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prefixes;
    }

    /**
     * First path segments that more than one service answers under: {@code /reports/membership} is members-service's,
     * {@code /reports/events} events-service's, so the Ingress routes the first two segments.
     */
    static final Set<String> SHARED_SEGMENTS = Set.of("reports");

    static Set<String> pathPrefixes(String source) {
        Matcher declaration = CLASS_DECLARATION.matcher(source);
        if (!declaration.find()) {
            return Set.of();
        }
        int classStart = declaration.start();
        List<String> classPaths = new ArrayList<>();
        List<String> methodPaths = new ArrayList<>();
        Matcher path = PATH_ANNOTATION.matcher(source);
        while (path.find()) {
            (path.start() < classStart ? classPaths : methodPaths).add(path.group(1));
        }
        if (classPaths.isEmpty()) {
            return Set.of();
        }
        Set<String> prefixes = new TreeSet<>();
        String classSegment = firstSegment(classPaths.get(0));
        if (SHARED_SEGMENTS.contains(classSegment)) {
            // several services answer under it; each owns the area its second segment names
            String rest = strip(classPaths.get(0)).substring(classSegment.length());
            prefixes.add("/" + classSegment + "/" + firstSegment(rest));
        } else if (!classSegment.isEmpty()) {
            prefixes.add("/" + classSegment);
        } else {
            for (String methodPath : methodPaths) {
                String segment = firstSegment(methodPath);
                if (!segment.isEmpty()) {
                    prefixes.add("/" + segment);
                }
            }
        }
        return prefixes;
    }

    private static String firstSegment(String path) {
        String stripped = strip(path);
        int slash = stripped.indexOf('/');
        return slash < 0 ? stripped : stripped.substring(0, slash);
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    @Override
    public String toString() {
        return name;
    }
}
