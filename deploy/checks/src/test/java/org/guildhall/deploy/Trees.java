package org.guildhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Small helpers over Jackson trees shared by the checks. */
final class Trees {

    private Trees() {}

    /** A string map (labels, matchLabels) as Java map; numbers and booleans as their text. */
    static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), field.getValue().asText());
            }
        }
        return map;
    }

    /** Whether matchLabels select an object with these labels (an empty selector selects everything). */
    static boolean selects(Map<String, String> matchLabels, Map<String, String> labels) {
        return matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** The first path at which two trees differ, or null when they are equal. */
    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode left = expected.get(name);
                JsonNode right = actual.get(name);
                if (left == null || right == null) {
                    return path + "." + name + (left == null ? " is extra" : " is missing");
                }
                String difference = firstDifference(left, right, path + "." + name);
                if (difference != null) {
                    return difference;
                }
            }
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return path + " has " + actual.size() + " elements instead of " + expected.size();
            }
            for (int i = 0; i < expected.size(); i++) {
                String difference = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
        }
        return path + " is " + abbreviate(actual.toString()) + " instead of " + abbreviate(expected.toString());
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
