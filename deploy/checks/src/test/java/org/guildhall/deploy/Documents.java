package org.guildhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads YAML as Jackson trees. SnakeYAML parses (it resolves anchors and merge keys, which compose files use, and
 * rejects duplicate keys); Jackson holds the result, so that the checks and the strict models read one tree type.
 */
final class Documents {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Documents() {}

    /** Every document of a YAML file, in order; empty documents are skipped, and each must be a mapping. */
    static List<ObjectNode> readAll(Path file) {
        String text = read(file);
        List<ObjectNode> documents = new ArrayList<>();
        try {
            for (Object document : yaml().loadAll(text)) {
                if (document == null) {
                    continue;
                }
                JsonNode node = JSON.valueToTree(document);
                if (!node.isObject()) {
                    throw new IllegalArgumentException(file + ": a document is not a mapping");
                }
                documents.add((ObjectNode) node);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return documents;
    }

    /** One YAML document (or a YAML text that holds one), which may be a list: a JSON patch is one. */
    static JsonNode parse(String yamlText, String where) {
        try {
            return JSON.valueToTree(yaml().load(yamlText));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** A text of a node or null: for optional fields of a tree. */
    static String text(JsonNode node, String... path) {
        JsonNode current = at(node, path);
        return current == null || current.isNull() || current.isContainerNode() ? null : current.asText();
    }

    /** The node at a path of field names, or null. */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String field : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(field);
        }
        return current;
    }

    /** The elements of an array at a path, none when it is missing. */
    static List<JsonNode> list(JsonNode node, String... path) {
        JsonNode array = at(node, path);
        List<JsonNode> elements = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(elements::add);
        }
        return elements;
    }
}
