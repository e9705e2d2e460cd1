package org.guildhall.web.shell;

import java.util.Arrays;
import java.util.List;

/** What a person typed into a form field, as the services' APIs take it. */
public final class Typed {

    private Typed() {}

    /** The trimmed text, or {@code null} for nothing typed (the API's "not given"). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A comma-separated list ("python, sql"), trimmed, empty items left out. */
    public static List<String> list(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** One item per line, trimmed, empty lines left out. */
    public static List<String> lines(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return typed.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
