package org.guildhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl apply -k} would, for the part of Kustomize that deploy/k8s uses (there is
 * no kustomize binary here): resources (files and directories), namespace, secretGenerator without name hashes, and
 * patches (strategic merge for built-in kinds, JSON merge for custom resources, and JSON 6902), with targets by
 * group, kind, name and label selector. Anything else in a kustomization fails the render rather than being ignored,
 * so the checks never pass on a rendering that differs from Kustomize's.
 */
final class Kustomize {

    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "namespace", "resources", "patches", "secretGenerator");
    private static final Set<String> CLUSTER_SCOPED =
            Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass");
    private static final Set<String> BUILT_IN_GROUPS =
            Set.of("", "apps", "autoscaling", "policy", "networking.k8s.io", "batch", "rbac.authorization.k8s.io");
    /** patchMergeKey of the lists that Kubernetes merges by key (strategic merge); other lists are replaced. */
    private static final Map<String, List<String>> MERGE_KEYS = Map.of(
            "containers", List.of("name"),
            "initContainers", List.of("name"),
            "env", List.of("name"),
            "volumes", List.of("name"),
            "volumeMounts", List.of("mountPath"),
            "imagePullSecrets", List.of("name"),
            "ports", List.of("containerPort", "port"));

    private Kustomize() {}

    /** The objects of the kustomization in a directory, in the order Kustomize lists resources. */
    static List<ObjectNode> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory + " has no kustomization.yaml");
        }
        List<ObjectNode> documents = Documents.readAll(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + ": one document expected");
        }
        ObjectNode kustomization = documents.get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(file + ": '" + field + "' is not rendered by deploy/checks");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : Documents.list(kustomization, "resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                objects.addAll(Documents.readAll(path));
            }
        }
        for (JsonNode generator : Documents.list(kustomization, "secretGenerator")) {
            objects.add(secret(directory, generator));
        }
        for (JsonNode patch : Documents.list(kustomization, "patches")) {
            applyPatch(directory, patch, objects);
        }
        String namespace = Documents.text(kustomization, "namespace");
        if (namespace != null) {
            for (ObjectNode object : objects) {
                if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                    metadata(object).put("namespace", namespace);
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (ObjectNode object : objects) {
            if (!ids.add(id(object))) {
                throw new IllegalArgumentException(directory + ": " + id(object) + " is defined twice");
            }
        }
        return objects;
    }

    /** group/kind/namespace/name, for messages and duplicates. */
    static String id(JsonNode object) {
        return group(object) + "/" + object.path("kind").asText() + "/"
                + object.path("metadata").path("namespace").asText("") + "/"
                + object.path("metadata").path("name").asText();
    }

    static String group(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static ObjectNode metadata(ObjectNode object) {
        JsonNode metadata = object.get("metadata");
        return metadata instanceof ObjectNode ? (ObjectNode) metadata : object.putObject("metadata");
    }

    /**
     * A Secret from KEY=VALUE files and literals. A file that holds secrets is not committed: then its committed
     * {@code <file>.example} stands in for it, which names the same keys.
     */
    private static ObjectNode secret(Path directory, JsonNode generator) {
        String name = Documents.text(generator, "name");
        generator.fieldNames().forEachRemaining(field -> {
            if (!Set.of("name", "envs", "literals", "options", "type").contains(field)) {
                throw new IllegalArgumentException("secretGenerator " + name + ": '" + field + "' is not rendered");
            }
        });
        if (!generator.path("options").path("disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalArgumentException("secretGenerator " + name
                    + ": set options.disableNameSuffixHash (name hashes and their references are not rendered)");
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (JsonNode envs : Documents.list(generator, "envs")) {
            Path file = directory.resolve(envs.asText());
            if (!Files.isRegularFile(file)) {
                file = directory.resolve(envs.asText() + ".example");
            }
            for (String line : Documents.read(file).split("\n")) {
                putLine(data, line);
            }
        }
        for (JsonNode literal : Documents.list(generator, "literals")) {
            putLine(data, literal.asText());
        }
        ObjectNode secret = JsonNodeFactory.instance.objectNode();
        secret.put("apiVersion", "v1");
        secret.put("kind", "Secret");
        secret.putObject("metadata").put("name", name);
        secret.put("type", generator.path("type").asText("Opaque"));
        ObjectNode encoded = secret.putObject("data");
        data.forEach((key, value) ->
                encoded.put(key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        return secret;
    }

    private static void putLine(Map<String, String> data, String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        int equals = trimmed.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("not KEY=VALUE: " + trimmed);
        }
        data.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
    }

    private static void applyPatch(Path directory, JsonNode entry, List<ObjectNode> objects) {
        entry.fieldNames().forEachRemaining(field -> {
            if (!Set.of("path", "patch", "target").contains(field)) {
                throw new IllegalArgumentException("patch field '" + field + "' is not rendered");
            }
        });
        String where = entry.has("path")
                ? directory.resolve(entry.get("path").asText()).toString()
                : "inline patch";
        String text = entry.has("path")
                ? Documents.read(directory.resolve(entry.get("path").asText()))
                : entry.path("patch").asText();
        JsonNode patch = Documents.parse(text, where);
        JsonNode target = entry.get("target");
        if (patch.isArray()) {
            if (target == null) {
                throw new IllegalArgumentException(where + ": a JSON 6902 patch needs a target");
            }
        } else if (patch.isObject()) {
            if (target == null) {
                ObjectNode byName = JsonNodeFactory.instance.objectNode();
                byName.put("group", group(patch));
                byName.put("kind", patch.path("kind").asText());
                byName.put("name", patch.path("metadata").path("name").asText());
                target = byName;
            }
        } else {
            throw new IllegalArgumentException(where + ": not a patch");
        }
        int matched = 0;
        for (ObjectNode object : objects) {
            if (!matches(target, object)) {
                continue;
            }
            matched++;
            if (patch.isArray()) {
                JsonPatch.apply(object, (ArrayNode) patch, where);
            } else {
                ObjectNode body = ((ObjectNode) patch).deepCopy();
                body.remove("apiVersion");
                body.remove("kind");
                // the patch's name only finds its object (with a target, not even that)
                JsonNode metadata = body.get("metadata");
                if (metadata instanceof ObjectNode) {
                    ((ObjectNode) metadata).remove("name");
                    ((ObjectNode) metadata).remove("namespace");
                    if (metadata.isEmpty()) {
                        body.remove("metadata");
                    }
                }
                merge(object, body, BUILT_IN_GROUPS.contains(group(object)));
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(where + ": the patch matches no object");
        }
    }

    private static boolean matches(JsonNode target, ObjectNode object) {
        target.fieldNames().forEachRemaining(field -> {
            if (!Set.of("group", "version", "kind", "name", "namespace", "labelSelector")
                    .contains(field)) {
                throw new IllegalArgumentException("patch target field '" + field + "' is not rendered");
            }
        });
        String group = Documents.text(target, "group");
        if (group != null && !group.equals(group(object))) {
            return false;
        }
        String version = Documents.text(target, "version");
        if (version != null && !object.path("apiVersion").asText().endsWith("/" + version)) {
            return false;
        }
        String kind = Documents.text(target, "kind");
        if (kind != null && !kind.equals(object.path("kind").asText())) {
            return false;
        }
        String name = Documents.text(target, "name");
        if (name != null && !object.path("metadata").path("name").asText().matches(name)) {
            return false;
        }
        String namespace = Documents.text(target, "namespace");
        if (namespace != null
                && !namespace.equals(object.path("metadata").path("namespace").asText())) {
            return false;
        }
        String selector = Documents.text(target, "labelSelector");
        if (selector != null) {
            JsonNode labels = object.path("metadata").path("labels");
            for (String term : selector.split(",")) {
                String[] pair = term.strip().split("=", 2);
                if (pair.length != 2 || pair[0].endsWith("!")) {
                    throw new IllegalArgumentException("label selector '" + term + "' is not rendered (only k=v)");
                }
                if (!pair[1].strip().equals(labels.path(pair[0].strip()).asText(null))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Strategic merge (built-in kinds: lists with a merge key merge by it) or JSON merge patch (custom resources:
     * lists are replaced). A null removes a field.
     */
    static void merge(ObjectNode target, ObjectNode patch, boolean strategic) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + name + " is not rendered");
            }
            JsonNode current = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && current instanceof ObjectNode) {
                merge((ObjectNode) current, (ObjectNode) value, strategic);
            } else if (strategic && value.isArray() && current instanceof ArrayNode && MERGE_KEYS.containsKey(name)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(name));
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, List<String> keys) {
        for (JsonNode element : patch) {
            String key = keys.stream().filter(element::has).findFirst().orElse(null);
            if (key == null || !element.isObject()) {
                throw new IllegalArgumentException("a list element without its merge key " + keys + ": " + element);
            }
            ObjectNode existing = null;
            for (JsonNode candidate : current) {
                if (candidate.path(key).equals(element.get(key))) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                current.add(element.deepCopy());
            } else {
                merge(existing, (ObjectNode) element, true);
            }
        }
    }
}
