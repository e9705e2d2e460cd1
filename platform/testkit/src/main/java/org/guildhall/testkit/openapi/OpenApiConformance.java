package org.guildhall.testkit.openapi;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Compares a service's {@code /q/openapi} document with what the service does (issue 11 §6). For every operation it
 * sends what the document allows and what it does not, and reports each difference:
 *
 * <ul>
 *   <li>a request body documented optional must be accepted when absent, with no {@code Content-Type}, with the
 *       documented one and with the form type {@code curl -d ''} sends (never 400 or 415 for the missing body); one
 *       documented required must be refused when absent with a 400 problem (not 415, not 2xx, not 5xx);
 *   <li>a body in the documented media type is never refused as the wrong media type (415), one in a media type the
 *       document does not name is (415);
 *   <li>every successful answer's status is one the document lists for the operation, with a documented media type
 *       and a body of the documented schema (types, required properties, formats of instants and dates), and no body
 *       where the document describes none;
 *   <li>every error answer is {@code application/problem+json} (401 aside, which carries {@code WWW-Authenticate});
 *   <li>what a write answers equals what a read answers: a 201 with a {@code Location} is read back from it, and a
 *       {@code PUT} that answers a body is read back with {@code GET} on the same path, when the document has that
 *       read, and both bodies must be equal.
 * </ul>
 *
 * Reads go first, then creates and updates, then deletes, so that a delete does not hide the others. Path parameters
 * take the values given with {@link #withPathValue} (default: a fresh UUID); a body is the one given with
 * {@link #withBody} for the operation, else a plausible sample from its schema.
 */
public final class OpenApiConformance {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ORDER = List.of("get", "post", "put", "patch", "delete");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private final List<String> last = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> successes = new HashMap<>();
    private JsonNode openapi;
    private int requests;

    private OpenApiConformance(URI base) {
        this.base = base;
    }

    /** {@code base} is the service's root, such as {@code http://localhost:8081}. */
    public static OpenApiConformance of(URI base) {
        return new OpenApiConformance(base);
    }

    public OpenApiConformance withToken(String bearer) {
        this.token = bearer;
        return this;
    }

    /** The value of a path parameter in every operation that has it (default: a fresh UUID). */
    public OpenApiConformance withPathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** The JSON body to send to {@code operation} ({@code "POST /events"}) instead of a sample from its schema. */
    public OpenApiConformance withBody(String operation, String json) {
        bodies.put(operation, json);
        return this;
    }

    /** An operation ({@code "DELETE /members/me"}) that must not be sent, with the reason in the caller's comment. */
    public OpenApiConformance without(String operation) {
        skipped.add(operation);
        return this;
    }

    /**
     * Operations that end what the others act on ({@code "POST /events/{id}/cancel"}): sent after every other
     * operation, deletes included, in the order given.
     */
    public OpenApiConformance withLast(String... operations) {
        last.addAll(List.of(operations));
        return this;
    }

    public Report run() throws IOException, InterruptedException {
        HttpResponse<String> document = send("GET", "/q/openapi?format=json", null, null);
        if (document.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + document.statusCode());
        }
        openapi = JSON.readTree(document.body());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : ORDER) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(
                            new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), operation));
                }
            }
        }
        operations.sort(Comparator.comparing((Operation operation) -> last.indexOf(operation.name()))
                .thenComparing(operation -> ORDER.indexOf(operation.method().toLowerCase(Locale.ROOT))));
        for (Operation operation : operations) {
            if (!skipped.contains(operation.name())) {
                drive(operation);
            }
        }
        return new Report(operations.size(), requests, Map.copyOf(successes), List.copyOf(failures));
    }

    /** What a run found: {@code failures} is empty when the document and the behaviour agree. */
    public record Report(int operations, int requests, Map<String, Integer> successes, List<String> failures) {}

    private record Operation(String method, String template, JsonNode pathItem, JsonNode node) {
        String name() {
            return method + " " + template;
        }
    }

    private record Answer(int status, String contentType, String body, Optional<String> location) {}

    private void drive(Operation operation) throws IOException, InterruptedException {
        Map<String, String> values = new HashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        operation.pathItem().path("parameters").forEach(parameters::add);
        operation.node().path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                values.put(name, pathValues.getOrDefault(name, UUID.randomUUID().toString()));
            }
        }
        String target = operation.template();
        for (Map.Entry<String, String> value : values.entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        JsonNode requestBody = operation.node().path("requestBody");
        if (requestBody.isMissingNode()) {
            check(operation, target, "no body", exchange(operation.method(), target, null, null));
            return;
        }
        boolean required = requestBody.path("required").asBoolean(false);
        List<String> mediaTypes = new ArrayList<>();
        requestBody.path("content").fieldNames().forEachRemaining(mediaTypes::add);
        String documentedType = mediaTypes.isEmpty() ? "application/json" : mediaTypes.get(0);

        for (String contentType : new String[] {null, documentedType, "application/x-www-form-urlencoded"}) {
            String what = "no body, " + (contentType == null ? "no Content-Type" : "Content-Type " + contentType);
            Answer answer = exchange(operation.method(), target, null, contentType);
            if (required) {
                // refused as missing (400) or, where the document names no JSON, as not the media type it reads (415)
                boolean refused =
                        answer.status() == 400 || (answer.status() == 415 && !documentedType.contains("json"));
                if (!refused) {
                    failures.add(
                            operation.name() + " (" + what + "): the body is documented as required, so its absence"
                                    + " must be a 400 problem, but the answer was " + answer.status());
                }
            } else if (answer.status() == 400 || answer.status() == 415) {
                failures.add(operation.name() + " (" + what + "): the body is documented as optional, but its absence"
                        + " was refused with " + answer.status() + ": " + abbreviated(answer.body()));
            }
            check(operation, target, what, answer);
        }

        Answer wrongType = exchange(operation.method(), target, "Guildhall", "text/plain");
        if (!mediaTypes.contains("text/plain") && wrongType.status() != 415) {
            failures.add(operation.name() + " (a text/plain body): the document names only " + mediaTypes
                    + ", so another media type must be a 415 problem, but the answer was " + wrongType.status());
        }
        check(operation, target, "text/plain body", wrongType);

        String body = bodies.get(operation.name());
        if (body == null) {
            body = JSON.writeValueAsString(
                    sample(requestBody.path("content").path(documentedType).path("schema"), 0));
        }
        Answer answer = exchange(operation.method(), target, body, documentedType);
        if (answer.status() == 415) {
            failures.add(operation.name() + " (a " + documentedType + " body): refused as the wrong media type (415),"
                    + " although the document names it");
        }
        check(operation, target, "a " + documentedType + " body", answer);
    }

    private Answer exchange(String method, String target, String body, String contentType)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, target, body, contentType);
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.headers().firstValue("Location"));
    }

    /** Compares one answer with the document and, for a successful write, with what a read answers. */
    private void check(Operation operation, String target, String what, Answer answer)
            throws IOException, InterruptedException {
        String where = operation.name() + " (" + what + ") answered " + answer.status();
        int status = answer.status();
        if (status >= 400) {
            if (status != 401 && !answer.contentType().startsWith("application/problem+json")) {
                failures.add(where + " without application/problem+json");
            }
            return;
        }
        successes.merge(operation.name(), 1, Integer::sum);
        JsonNode responses = operation.node().path("responses");
        JsonNode documented = responses.get(Integer.toString(status));
        if (documented == null) {
            documented = responses.get("default");
        }
        if (documented == null) {
            List<String> listed = new ArrayList<>();
            responses.fieldNames().forEachRemaining(listed::add);
            failures.add(where + ", a status the document does not list (it lists " + listed + ")");
            return;
        }
        documented = resolve(documented);
        JsonNode content = documented.path("content");
        boolean hasBody = answer.body() != null && !answer.body().isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                failures.add(where + " with a " + answer.contentType() + " body the document does not describe");
            }
            return;
        }
        String mediaType = answer.contentType().split(";")[0].trim();
        JsonNode media = null;
        for (Iterator<Map.Entry<String, JsonNode>> listed = content.fields(); listed.hasNext() && media == null; ) {
            Map.Entry<String, JsonNode> each = listed.next();
            String type = each.getKey().split(";")[0].trim();
            if (type.equalsIgnoreCase(mediaType) || type.equals("*/*")) {
                media = each.getValue();
            }
        }
        if (media == null) {
            List<String> listed = new ArrayList<>();
            content.fieldNames().forEachRemaining(listed::add);
            failures.add(where + " as " + (mediaType.isEmpty() ? "no media type" : mediaType)
                    + ", not one the document lists " + listed);
            return;
        }
        if (!mediaType.endsWith("json") || !hasBody) {
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(answer.body());
        } catch (IOException e) {
            failures.add(where + " with a body that is not JSON: " + abbreviated(answer.body()));
            return;
        }
        List<String> mismatches = new ArrayList<>();
        conform(media.path("schema"), value, "", mismatches, 0);
        mismatches.forEach(mismatch -> failures.add(where + ": " + mismatch));

        if (operation.method().equals("POST")
                && status == 201
                && answer.location().isPresent()) {
            String created = URI.create(answer.location().get()).getRawPath();
            if (describedRead(created)) {
                readBack(where, created, value);
            } else {
                failures.add(where + " with Location " + created + ", which no GET of the document reads");
            }
        } else if (operation.method().equals("PUT") && status == 200 && hasRead(operation.template())) {
            readBack(where, target, value);
        }
    }

    /** Whether some {@code GET} of the document matches {@code path}. */
    private boolean describedRead(String path) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> each = paths.next();
            String pattern = each.getKey().replaceAll("\\{[^/}]+\\}", "[^/]+");
            if (each.getValue().has("get") && path.matches(pattern)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasRead(String template) {
        return openapi.path("paths").path(template).has("get");
    }

    /** What a write answered must be what a read of the same resource answers. */
    private void readBack(String where, String path, JsonNode written) throws IOException, InterruptedException {
        HttpResponse<String> read = send("GET", path, null, null);
        if (read.statusCode() != 200) {
            failures.add(where + ", but reading " + path + " back answered " + read.statusCode());
            return;
        }
        JsonNode value = JSON.readTree(read.body());
        if (!value.equals(written)) {
            failures.add(where + " with " + abbreviated(written.toString()) + ", but reading " + path
                    + " back answered " + abbreviated(value.toString()));
        }
    }

    // --- schemas ---

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            current = openapi.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (types.isEmpty() && schema.has("properties")) {
            types.add("object");
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    /** Each way {@code value} differs from {@code raw}, a schema of the document. */
    private void conform(JsonNode raw, JsonNode value, String path, List<String> mismatches, int depth) {
        JsonNode schema = resolve(raw);
        if (depth > 12 || schema.isMissingNode()) {
            return;
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                for (JsonNode option : schema.get(combinator)) {
                    List<String> theirs = new ArrayList<>();
                    conform(option, value, path, theirs, depth + 1);
                    if (theirs.isEmpty()) {
                        return;
                    }
                }
                mismatches.add(name(path) + " matches none of the documented " + combinator + " "
                        + abbreviated(value.toString()));
                return;
            }
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> conform(part, value, path, mismatches, depth + 1));
        }
        Set<String> types = types(schema);
        if (value.isNull()) {
            return; // an absent value written as null: allowed unless required (checked by the parent)
        }
        if (types.isEmpty()) {
            return;
        }
        String actual = value.isObject()
                ? "object"
                : value.isArray()
                        ? "array"
                        : value.isIntegralNumber()
                                ? "integer"
                                : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "string";
        boolean typeMatches = types.contains(actual) || (actual.equals("integer") && types.contains("number"));
        if (!typeMatches) {
            mismatches.add(
                    name(path) + " is " + actual + " " + abbreviated(value.toString()) + ", documented as " + types);
            return;
        }
        switch (actual) {
            case "object" -> {
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asText())
                            || value.get(required.asText()).isNull()) {
                        mismatches.add(name(child(path, required.asText())) + " is documented as required but missing");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode property = properties.get(field.getKey());
                    if (property != null) {
                        conform(property, field.getValue(), child(path, field.getKey()), mismatches, depth + 1);
                    } else if (schema.path("additionalProperties").isObject()) {
                        conform(
                                schema.get("additionalProperties"),
                                field.getValue(),
                                child(path, field.getKey()),
                                mismatches,
                                depth + 1);
                    } else if (properties.size() > 0
                            && !schema.path("additionalProperties").asBoolean(false)) {
                        mismatches.add(name(child(path, field.getKey())) + " is not in the documented schema");
                    }
                }
            }
            case "array" -> {
                for (int i = 0; i < value.size(); i++) {
                    conform(schema.path("items"), value.get(i), path + "[" + i + "]", mismatches, depth + 1);
                }
            }
            case "string" -> {
                String text = value.asText();
                if (schema.has("enum")) {
                    boolean listed = false;
                    for (JsonNode option : schema.get("enum")) {
                        listed |= option.asText().equals(text);
                    }
                    if (!listed) {
                        mismatches.add(name(path) + " is " + text + ", not one of " + schema.get("enum"));
                    }
                }
                try {
                    switch (schema.path("format").asText()) {
                        case "date-time" -> Instant.parse(text);
                        case "date" -> LocalDate.parse(text);
                        case "uuid" -> UUID.fromString(text);
                        default -> {}
                    }
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    mismatches.add(name(path) + " is " + text + ", not a "
                            + schema.path("format").asText());
                }
            }
            default -> {}
        }
    }

    private static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String name(String path) {
        return path.isEmpty() ? "the body" : path;
    }

    private JsonNode sample(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0 && !schema.has("properties")) {
            return sample(schema.get("allOf").get(0), depth + 1);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                for (JsonNode option : schema.get(combinator)) {
                    if (!types(resolve(option)).equals(Set.of("null"))) {
                        return sample(option, depth + 1);
                    }
                }
            }
        }
        Set<String> types = types(schema);
        if (types.contains("object") || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            schema.path("properties")
                    .fields()
                    .forEachRemaining(
                            property -> object.set(property.getKey(), sample(property.getValue(), depth + 1)));
            return object;
        }
        if (types.contains("array")) {
            ArrayNode array = NODES.arrayNode();
            array.add(sample(schema.path("items"), depth + 1));
            return array;
        }
        if (types.contains("integer") || types.contains("number")) {
            return NODES.numberNode(1);
        }
        if (types.contains("boolean")) {
            return NODES.booleanNode(true);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return NODES.textNode(
                switch (schema.path("format").asText()) {
                    case "date-time" -> "2030-01-01T10:00:00Z";
                    case "date" -> "2030-01-01";
                    case "uuid" -> UUID.randomUUID().toString();
                    case "email" -> "conformance@example.org";
                    default -> "Guildhall";
                });
    }

    private HttpResponse<String> send(String method, String target, String body, String contentType)
            throws IOException, InterruptedException {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + target))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
