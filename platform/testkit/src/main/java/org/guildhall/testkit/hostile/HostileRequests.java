package org.guildhall.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Drives every operation of a service's {@code /q/openapi} document with hostile values (issue 11 §8): NUL and lone
 * surrogates in path, query and body strings, dot segments and encoded slashes in the path, a page that would overflow
 * an offset, instants and dates far outside any calendar, a number where text, an enum or a date is expected, text
 * where a number or a boolean is, arrays with {@code null} items. It reports every answer that is a 5xx, an error that
 * is not problem+json, a 503 or 429 without {@code Retry-After}, a write that accepted a hostile value, and every write
 * operation after whose hostile requests the service's state (a {@link DatabaseState}) differs.
 */
public final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Placeholders written by Jackson, swapped for JSON escapes that Jackson refuses to write itself. */
    private static final String NUL = "hostile\u0000text";

    private static final String LONE_SURROGATE = "@@lone-surrogate@@";
    private static final List<String> HOSTILE_PATH_VALUES =
            List.of("%00", "a%00b", "%ED%A0%80", "..", "%2e%2e", "%2E%2e", ".", "%2e", "a%2Fb", "a%5Cb");
    private static final List<String> HOSTILE_QUERY_WRITES = List.of("%00", "%ED%A0%80", "a%0Ab");
    private static final List<String> HOSTILE_QUERY_READS = List.of(
            "%00",
            "%ED%A0%80",
            "2147483647",
            "99999999999999999999",
            "-1000000000-01-01T00:00:00Z",
            "%2B1000000000-12-31T23:59:59Z",
            "%2B999999999-12-31",
            "10000-01-01T00:00:00Z");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;
    private Supplier<String> state = () -> "";
    private final Map<String, String> pathValues = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private final java.util.TreeMap<Integer, Integer> statuses = new java.util.TreeMap<>();
    private int operations;

    private HostileRequests(URI base) {
        this.base = base;
    }

    /** {@code base} is the service's root, such as {@code http://localhost:8081}. */
    public static HostileRequests against(URI base) {
        return new HostileRequests(base);
    }

    public HostileRequests withToken(String bearer) {
        this.token = bearer;
        return this;
    }

    /** What must not change when a hostile write is refused. */
    public HostileRequests withState(Supplier<String> state) {
        this.state = state;
        return this;
    }

    /** The value a path parameter has when another one is hostile (default: a fresh UUID). */
    public HostileRequests withPathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    public Report run() throws IOException, InterruptedException {
        HttpResponse<String> document = send("GET", "/q/openapi?format=json", null);
        if (document.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + document.statusCode());
        }
        JsonNode openapi = JSON.readTree(document.body());
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "put", "post", "delete", "patch")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations++;
                    drive(openapi, path.getKey(), path.getValue(), method.toUpperCase(Locale.ROOT), operation);
                }
            }
        }
        return new Report(operations, requests, Map.copyOf(statuses), List.copyOf(failures));
    }

    /** What a run found: {@code failures} is empty when the service answered every hostile request at its door. */
    public record Report(int operations, int requests, Map<Integer, Integer> statuses, List<String> failures) {}

    private void drive(JsonNode openapi, String template, JsonNode pathItem, String method, JsonNode operation)
            throws IOException, InterruptedException {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> defaults = new HashMap<>();
        List<String> queryNames = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if ("path".equals(parameter.path("in").asText())) {
                defaults.put(
                        name, pathValues.getOrDefault(name, UUID.randomUUID().toString()));
            } else if ("query".equals(parameter.path("in").asText())) {
                queryNames.add(name);
            }
        }
        JsonNode bodySchema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        String body = null;
        JsonNode sample = null;
        if (!bodySchema.isMissingNode()) {
            sample = sample(openapi, bodySchema, 0);
            body = write(sample);
        }
        boolean write = !method.equals("GET");
        String before = write ? state.get() : null;

        for (String name : defaults.keySet()) {
            for (String hostile : HOSTILE_PATH_VALUES) {
                Map<String, String> values = new HashMap<>(defaults);
                values.put(name, hostile);
                check(method, fill(template, values), body, "path parameter " + name + "=" + hostile, write);
            }
        }
        for (String suffix : List.of("/..", "/%2e%2e", "/.", "/%2F")) {
            check(method, fill(template, defaults) + suffix, body, "path suffix " + suffix, write);
        }
        for (String name : queryNames) {
            for (String hostile : write ? HOSTILE_QUERY_WRITES : HOSTILE_QUERY_READS) {
                String target = fill(template, defaults) + "?" + name + "=" + hostile;
                check(method, target, body, "query " + name + "=" + hostile, write && hostile.contains("%"));
            }
        }
        if (sample != null) {
            String target = fill(template, defaults);
            for (Mutation mutation : mutations(openapi, bodySchema, sample)) {
                check(method, target, mutation.body(), "body " + mutation.what(), write);
            }
        }
        if (write) {
            String after = state.get();
            if (!before.equals(after)) {
                failures.add(method + " " + template + ": the state changed after hostile requests were answered");
            }
        }
    }

    private void check(String method, String target, String body, String what, boolean mustRefuse)
            throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = send(method, target, body);
        } catch (IOException e) {
            failures.add(method + " " + target + " (" + what + "): no answer: " + e);
            return;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (Boolean.getBoolean("guildhall.hostile.trace")) {
            System.out.println("HOSTILE " + method + " " + target + " (" + what + ") " + status);
        }
        String where = method + " " + target + " (" + what + ") answered " + status;
        if (status >= 500 && status != 503) {
            failures.add(where + ": " + abbreviated(response.body()));
        }
        if (status >= 400
                && status != 401
                && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(where + " without problem+json");
        }
        if ((status == 503 || status == 429)
                && response.headers().firstValue("Retry-After").isEmpty()) {
            failures.add(where + " without Retry-After");
        }
        if (mustRefuse && status < 400) {
            failures.add(where + ": a hostile write was accepted");
        }
    }

    private HttpResponse<String> send(String method, String target, String body)
            throws IOException, InterruptedException {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + target))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node)
                    .replace("\"" + LONE_SURROGATE, "\"\\ud800")
                    .replace(LONE_SURROGATE, "\\ud800");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- bodies: a plausible sample from the schema, then one hostile change at a time ---

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = openapi.at(ref.substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() > 0 && !current.has("properties")) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf") && current.get("oneOf").size() > 0) {
                current = current.get("oneOf").get(0);
            } else if (current.has("anyOf") && current.get("anyOf").size() > 0) {
                current = firstNotNull(current.get("anyOf"));
            } else {
                return current;
            }
        }
        return current;
    }

    private static JsonNode firstNotNull(JsonNode options) {
        for (JsonNode option : options) {
            if (!"null".equals(option.path("type").asText())) {
                return option;
            }
        }
        return options.get(0);
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }

    private static JsonNode sample(JsonNode openapi, JsonNode raw, int depth) {
        JsonNode schema = resolve(openapi, raw);
        if (depth > 6) {
            return NODES.nullNode();
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties")
                        .fields()
                        .forEachRemaining(property ->
                                object.set(property.getKey(), sample(openapi, property.getValue(), depth + 1)));
                if (schema.path("additionalProperties").isObject() && !schema.has("properties")) {
                    object.set("key", sample(openapi, schema.get("additionalProperties"), depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(openapi, schema.path("items"), depth + 1));
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                if (schema.has("enum")) {
                    return schema.get("enum").get(0);
                }
                return NODES.textNode(
                        switch (schema.path("format").asText()) {
                            case "date-time" -> "2030-01-01T10:00:00Z";
                            case "date" -> "2030-01-01";
                            case "local-time", "time" -> "10:00:00";
                            case "uuid" -> UUID.randomUUID().toString();
                            case "email" -> "hostile@example.org";
                            default -> "Guildhall";
                        });
            }
            default -> {
                return NODES.textNode("Guildhall");
            }
        }
    }

    record Mutation(String what, String body) {}

    private static List<Mutation> mutations(JsonNode openapi, JsonNode schema, JsonNode sample) {
        List<Mutation> mutations = new ArrayList<>();
        mutate(openapi, schema, sample, sample, "", mutations, 0);
        return mutations;
    }

    /** Each hostile change of the value at {@code path} (whose schema is {@code raw}) inside {@code root}. */
    private static void mutate(
            JsonNode openapi, JsonNode raw, JsonNode root, JsonNode value, String path, List<Mutation> out, int depth) {
        JsonNode schema = resolve(openapi, raw);
        if (depth > 6) {
            return;
        }
        String type = type(schema);
        List<JsonNode> hostile = new ArrayList<>();
        switch (type) {
            case "object" -> {
                if (value instanceof ObjectNode object) {
                    schema.path("properties")
                            .fields()
                            .forEachRemaining(property -> mutate(
                                    openapi,
                                    property.getValue(),
                                    root,
                                    object.get(property.getKey()),
                                    path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                                    out,
                                    depth + 1));
                }
                hostile.add(NODES.textNode("not an object"));
            }
            case "array" -> {
                ArrayNode withNull = NODES.arrayNode();
                withNull.addNull();
                hostile.add(withNull);
                hostile.add(NODES.textNode("not a list"));
                if (value instanceof ArrayNode array && array.size() > 0) {
                    mutate(openapi, schema.path("items"), root, array.get(0), path + "[0]", out, depth + 1);
                }
            }
            case "integer", "number" -> {
                hostile.add(NODES.textNode("12"));
                hostile.add(NODES.numberNode(1.5));
                hostile.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
            }
            case "boolean" -> {
                hostile.add(NODES.textNode("true"));
                hostile.add(NODES.numberNode(1));
            }
            case "string" -> {
                String format = schema.path("format").asText();
                hostile.add(NODES.textNode(NUL));
                hostile.add(NODES.textNode(LONE_SURROGATE + "x"));
                hostile.add(NODES.numberNode(12345));
                hostile.add(NODES.booleanNode(true));
                if (format.equals("date-time") || format.equals("date")) {
                    hostile.add(NODES.textNode("-1000000000-01-01T00:00:00Z"));
                    hostile.add(NODES.textNode("+1000000000-12-31T23:59:59Z"));
                    hostile.add(NODES.textNode("10000-01-01T00:00:00Z"));
                    hostile.add(NODES.textNode("+999999999-12-31"));
                    hostile.add(NODES.textNode("0999-12-31"));
                    hostile.add(NODES.textNode("10000-01-01"));
                    hostile.add(NODES.numberNode(1_700_000_000L));
                }
            }
            default -> {
                return;
            }
        }
        for (JsonNode each : hostile) {
            out.add(new Mutation(
                    (path.isEmpty() ? "(body)" : path) + "=" + abbreviated(write(each)),
                    write(replaced(root, path, each))));
        }
    }

    /** {@code root} with the value at {@code path} ({@code a.b[0].c}) replaced. */
    private static JsonNode replaced(JsonNode root, String path, JsonNode replacement) {
        if (path.isEmpty()) {
            return replacement;
        }
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                steps.add(part.substring(0, bracket));
                for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
                    if (!index.isEmpty()) {
                        steps.add("[" + index);
                    }
                }
            }
        }
        for (int i = 0; i < steps.size() - 1; i++) {
            String step = steps.get(i);
            parent = step.startsWith("[") ? parent.get(Integer.parseInt(step.substring(1))) : parent.get(step);
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1)), replacement);
        } else {
            ((ObjectNode) parent).set(last, replacement);
        }
        return copy;
    }
}
