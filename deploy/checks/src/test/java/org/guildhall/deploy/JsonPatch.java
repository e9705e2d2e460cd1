package org.guildhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** RFC 6902 add, replace and remove, as Kustomize applies them to a targeted object; other operations fail. */
final class JsonPatch {

    private JsonPatch() {}

    static void apply(ObjectNode object, ArrayNode operations, String where) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            List<String> path = pointer(operation.path("path").asText());
            if (path.isEmpty()) {
                throw new IllegalArgumentException(where + ": an operation on the whole object");
            }
            JsonNode parent = object;
            for (String token : path.subList(0, path.size() - 1)) {
                parent = child(parent, token, where);
            }
            String last = path.get(path.size() - 1);
            switch (op) {
                case "add" -> add(parent, last, operation.get("value"), where);
                case "replace" -> {
                    child(parent, last, where);
                    set(parent, last, operation.get("value"), where);
                }
                case "remove" -> {
                    child(parent, last, where);
                    if (parent instanceof ObjectNode) {
                        ((ObjectNode) parent).remove(last);
                    } else {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    }
                }
                default -> throw new IllegalArgumentException(where + ": JSON patch op '" + op + "' is not rendered");
            }
        }
    }

    private static List<String> pointer(String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode child(JsonNode parent, String token, String where) {
        JsonNode child = parent.isArray() ? parent.get(index(token)) : parent.get(token);
        if (child == null) {
            throw new IllegalArgumentException(where + ": no " + token + " to patch in " + parent);
        }
        return child;
    }

    private static void add(JsonNode parent, String token, JsonNode value, String where) {
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(token, value.deepCopy());
        } else if (parent instanceof ArrayNode) {
            ArrayNode array = (ArrayNode) parent;
            if (token.equals("-")) {
                array.add(value.deepCopy());
            } else {
                array.insert(index(token), value.deepCopy());
            }
        } else {
            throw new IllegalArgumentException(where + ": cannot add to " + parent);
        }
    }

    private static void set(JsonNode parent, String token, JsonNode value, String where) {
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(token, value.deepCopy());
        } else if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).set(index(token), value.deepCopy());
        } else {
            throw new IllegalArgumentException(where + ": cannot replace in " + parent);
        }
    }

    private static int index(String token) {
        return Integer.parseInt(token);
    }
}
