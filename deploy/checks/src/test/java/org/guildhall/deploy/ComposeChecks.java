package org.guildhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks deploy/compose against the services, with the variables of .env.example (what a deployer copies to .env):
 * each service gets what its %prod configuration reads, its image, port and readiness check agree with the service,
 * it has a restart policy and resource limits, its database is its own (created by the init script, which revokes
 * CONNECT from PUBLIC), every topic is created, and Keycloak imports deploy/keycloak/guildhall-realm.json.
 */
final class ComposeChecks {

    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern OWNED_DATABASE =
            Pattern.compile("^owned_database\\s+(\\S+)\\s+(\\S+)\\s+\"\\$\\{?([A-Za-z0-9_]+)}?\"", Pattern.MULTILINE);

    private final Path directory;
    private final List<ServiceConfig> services;
    private final Set<String> contractTopics;
    private final String realmName;
    private final Map<String, String> dotenv;
    private final List<String> problems = new ArrayList<>();
    private ObjectNode raw;
    private ObjectNode compose;

    private ComposeChecks(Path directory, List<ServiceConfig> services, Set<String> contractTopics, String realm) {
        this.directory = directory;
        this.services = services;
        this.contractTopics = contractTopics;
        this.realmName = realm;
        this.dotenv = dotenv(directory.resolve(".env.example"));
    }

    static List<String> check(Path directory, List<ServiceConfig> services, Set<String> contractTopics, String realm) {
        ComposeChecks checks = new ComposeChecks(directory, services, contractTopics, realm);
        checks.run();
        return checks.problems;
    }

    private void run() {
        List<ObjectNode> documents = Documents.readAll(directory.resolve("compose.yaml"));
        raw = documents.get(0);
        compose = raw.deepCopy();
        interpolate(compose);
        Set<String> databases = new TreeSet<>();
        Set<String> roles = new TreeSet<>();
        for (ServiceConfig service : services) {
            service(service, databases, roles);
        }
        topics();
        keycloak();
    }

    private void service(ServiceConfig service, Set<String> databases, Set<String> roles) {
        String name = service.name();
        JsonNode definition = compose.at("/services/" + name);
        if (definition.isMissingNode()) {
            problems.add("compose: no service " + name);
            return;
        }
        String where = "compose " + name;
        Map<String, String> environment = environment(definition);
        if (!service.image().equals(definition.path("image").asText())) {
            problems.add(where + ": image " + definition.path("image").asText() + " is not the image the build makes, "
                    + service.image());
        }
        for (String variable : service.requiredVariables()) {
            String value = environment.get(variable);
            if (value == null) {
                problems.add(where + ": " + variable + " is not provided, and " + name + " reads it in production");
            } else if (value.isEmpty()) {
                problems.add(where + ": " + variable + " is empty");
            }
        }
        int port = environment.containsKey("QUARKUS_HTTP_PORT")
                ? Integer.parseInt(environment.get("QUARKUS_HTTP_PORT"))
                : service.httpPort();
        for (JsonNode mapping : Documents.list(definition, "ports")) {
            String[] parts = mapping.asText().split(":");
            String containerPort = parts[parts.length - 1].replaceFirst("/.*", "");
            if (!containerPort.equals(Integer.toString(port))) {
                problems.add(
                        where + ": publishes container port " + containerPort + ", the service listens on " + port);
            }
        }
        String test = String.join(" ", texts(definition.at("/healthcheck/test")));
        String readiness = "localhost:" + port + service.readinessPath();
        if (!test.contains(readiness)) {
            problems.add(where + ": its health check (" + test + ") does not ask " + readiness);
        }
        String restart = definition.path("restart").asText("no");
        if (!Set.of("always", "unless-stopped", "on-failure").contains(restart.replaceFirst(":.*", ""))) {
            problems.add(where + ": restart policy " + restart);
        }
        for (String limit : List.of("memory", "cpus")) {
            if (definition.at("/deploy/resources/limits/" + limit).isMissingNode()) {
                problems.add(where + ": no deploy.resources.limits." + limit);
            }
        }
        database(service, where, environment, databases, roles);
        String bootstrap = environment.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
        for (String server : bootstrap.split(",")) {
            String host = server.strip().replaceFirst(":.*", "");
            if (!host.isEmpty() && compose.at("/services/" + host).isMissingNode()) {
                problems.add(where + ": KAFKA_BOOTSTRAP_SERVERS names " + host + ", which is no service here");
            }
        }
        String authServer = environment.getOrDefault("QUARKUS_OIDC_AUTH_SERVER_URL", "");
        if (!authServer.isEmpty()) {
            URI uri = URI.create(authServer);
            if (compose.at("/services/" + uri.getHost()).isMissingNode()
                    || !("/realms/" + realmName).equals(uri.getPath())) {
                problems.add(where + ": QUARKUS_OIDC_AUTH_SERVER_URL " + authServer + " is not /realms/" + realmName
                        + " of a service here");
            }
        }
    }

    /** jdbc:postgresql://postgres:5432/[database], its own role, created by the init script with its password. */
    private void database(
            ServiceConfig service,
            String where,
            Map<String, String> environment,
            Set<String> databases,
            Set<String> roles) {
        String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
        String role = environment.get("QUARKUS_DATASOURCE_USERNAME");
        if (url == null || role == null) {
            return;
        }
        URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
        String database = uri.getPath().replaceFirst("^/", "");
        if (compose.at("/services/" + uri.getHost()).isMissingNode()) {
            problems.add(where + ": its database host " + uri.getHost() + " is no service here");
            return;
        }
        if (!databases.add(database)) {
            problems.add(where + ": database " + database + " is another service's too");
        }
        if (!roles.add(role)) {
            problems.add(where + ": role " + role + " is another service's too");
        }
        Path script = initScript(uri.getHost());
        if (script == null) {
            problems.add(where + ": " + uri.getHost() + " runs no init script that creates the databases");
            return;
        }
        String text = Documents.read(script);
        if (!Pattern.compile("REVOKE CONNECT[^;]*FROM PUBLIC").matcher(text).find()) {
            problems.add(script.getFileName() + ": does not REVOKE CONNECT ... FROM PUBLIC");
        }
        Matcher owned = OWNED_DATABASE.matcher(text);
        boolean created = false;
        while (owned.find()) {
            if (owned.group(1).equals(database)) {
                created = true;
                if (!owned.group(2).equals(role)) {
                    problems.add(script.getFileName() + ": database " + database + " is owned by " + owned.group(2)
                            + ", " + service.name() + " logs in as " + role);
                }
                // the password the service logs in with is the one the role was created with
                String passwordVariable = owned.group(3);
                String given = raw.at("/services/" + uri.getHost() + "/environment/" + passwordVariable)
                        .asText(null);
                String used = raw.at("/services/" + service.name() + "/environment/QUARKUS_DATASOURCE_PASSWORD")
                        .asText(null);
                if (given == null || used == null || !variableOf(given).equals(variableOf(used))) {
                    problems.add(where + ": QUARKUS_DATASOURCE_PASSWORD (" + used + ") is not the password "
                            + uri.getHost() + " creates role " + role + " with (" + given + ")");
                }
            }
        }
        if (!created) {
            problems.add(where + ": " + script.getFileName() + " creates no database " + database);
        }
    }

    /** The host file mounted into /docker-entrypoint-initdb.d of the database service. */
    private Path initScript(String databaseService) {
        for (JsonNode volume : Documents.list(raw, "services", databaseService, "volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].startsWith("/docker-entrypoint-initdb.d/")) {
                Path file = directory.resolve(parts[0]).normalize();
                return Files.isRegularFile(file) ? file : null;
            }
        }
        return null;
    }

    private void topics() {
        Set<String> expected = new TreeSet<>(contractTopics);
        int partitions = 1;
        for (ServiceConfig service : services) {
            expected.addAll(service.deadLetterTopics());
            for (int count : service.consumedTopicPartitions().values()) {
                partitions = Math.max(partitions, count);
            }
        }
        JsonNode creator = null;
        Iterator<Map.Entry<String, JsonNode>> definitions =
                compose.path("services").fields();
        while (definitions.hasNext()) {
            Map.Entry<String, JsonNode> definition = definitions.next();
            if (environment(definition.getValue()).containsKey("GUILDHALL_TOPICS")) {
                creator = definition.getValue();
            }
        }
        if (creator == null) {
            problems.add("compose: no service creates the topics (GUILDHALL_TOPICS)");
            return;
        }
        Map<String, String> environment = environment(creator);
        Set<String> created = new TreeSet<>(
                Arrays.asList(environment.get("GUILDHALL_TOPICS").strip().split("\\s+")));
        for (String topic : expected) {
            if (!created.contains(topic)) {
                problems.add("compose: topic " + topic + " is not created (GUILDHALL_TOPICS)");
            }
        }
        int given = Integer.parseInt(environment.getOrDefault("GUILDHALL_TOPIC_PARTITIONS", "1"));
        if (given < partitions) {
            problems.add(
                    "compose: topics get " + given + " partitions, a service reads with " + partitions + " consumers");
        }
    }

    private void keycloak() {
        JsonNode keycloak = null;
        Iterator<Map.Entry<String, JsonNode>> definitions =
                compose.path("services").fields();
        while (definitions.hasNext()) {
            JsonNode definition = definitions.next().getValue();
            if (definition.path("image").asText().contains("keycloak/keycloak")) {
                keycloak = definition;
            }
        }
        if (keycloak == null) {
            problems.add("compose: no Keycloak");
            return;
        }
        if (!String.join(" ", texts(keycloak.get("command"))).contains("--import-realm")) {
            problems.add("compose keycloak: does not run with --import-realm");
        }
        boolean mounted = Documents.list(keycloak, "volumes").stream()
                .map(JsonNode::asText)
                .anyMatch(v -> v.startsWith("../keycloak/guildhall-realm.json:/opt/keycloak/data/import/"));
        if (!mounted) {
            problems.add("compose keycloak: does not import ../keycloak/guildhall-realm.json");
        }
        if (!Files.isRegularFile(directory.resolve("../keycloak/guildhall-realm.json"))) {
            problems.add("compose keycloak: ../keycloak/guildhall-realm.json does not exist");
        }
    }

    // ---- compose's variables ----

    /** environment as a map, whether written as a mapping or as a list of NAME=value. */
    private static Map<String, String> environment(JsonNode definition) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = definition.get("environment");
        if (node != null && node.isObject()) {
            environment.putAll(Trees.strings(node));
        } else if (node != null && node.isArray()) {
            for (JsonNode entry : node) {
                String[] pair = entry.asText().split("=", 2);
                environment.put(pair[0], pair.length == 2 ? pair[1] : null);
            }
        }
        return environment;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else if (node != null && !node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }

    /** What compose does to every string: ${NAME}, ${NAME:-default}, ${NAME:?error}, $$, with .env.example. */
    private void interpolate(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(field -> names.add(field.getKey()));
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual()) {
                    object.set(name, TextNode.valueOf(substitute(value.asText())));
                } else {
                    interpolate(value);
                }
            }
        } else if (node instanceof ArrayNode) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(substitute(array.get(i).asText())));
                } else {
                    interpolate(array.get(i));
                }
            }
        }
    }

    String substitute(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else {
                String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
                String operator = matcher.group(2);
                String argument = matcher.group(3);
                String value = dotenv.get(name);
                boolean unsetOrEmpty = value == null || value.isEmpty();
                if (operator == null) {
                    if (value == null) {
                        problems.add("compose: ${" + name + "} is used but not set in .env.example");
                    }
                    replacement = value == null ? "" : value;
                } else if (operator.equals(":-")) {
                    replacement = unsetOrEmpty ? argument : value;
                } else if (operator.equals("-")) {
                    replacement = value == null ? argument : value;
                } else {
                    if (operator.equals(":?") ? unsetOrEmpty : value == null) {
                        problems.add("compose: " + name + " is required (" + argument + ") but .env.example does not"
                                + " set it");
                    }
                    replacement = value == null ? "" : value;
                }
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The variable a compose value takes, e.g. MEMBERS_DB_PASSWORD of ${MEMBERS_DB_PASSWORD:?...}. */
    private static String variableOf(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        return matcher.find() && matcher.group(1) != null ? matcher.group(1) : value;
    }

    private static Map<String, String> dotenv(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        for (String line : Documents.read(file).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            values.put(
                    trimmed.substring(0, equals).strip(),
                    trimmed.substring(equals + 1).strip());
        }
        return values;
    }
}
