package org.guildhall.web.shell;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.web.api.Problem;
import org.guildhall.web.api.ServiceProblem;

/**
 * What a form shows: the values in its fields (what the person typed, kept when a service refuses it) and the
 * problems, each next to the field it names. A form's field names are the names the service's API gives them, so a
 * problem's violation lands beside its field; a violation of a field the form does not have becomes the form's
 * general message.
 */
public final class FormState {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private String message;

    public static FormState empty() {
        return new FormState();
    }

    /** The values a person posted, kept as typed. */
    public static FormState posted(MultivaluedMap<String, String> form) {
        FormState state = new FormState();
        form.forEach((name, list) -> state.values.put(name, new ArrayList<>(list)));
        return state;
    }

    /**
     * Declares fields the form has even when nothing was posted for them (a group of checkboxes none of which is
     * ticked), so that a problem naming them lands next to them.
     */
    public FormState fields(String... names) {
        for (String name : names) {
            values.putIfAbsent(name, new ArrayList<>());
        }
        return this;
    }

    public FormState set(String field, Object value) {
        values.put(field, value == null ? List.of() : List.of(String.valueOf(value)));
        return this;
    }

    public FormState setAll(String field, Iterable<?> items) {
        List<String> list = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> list.add(String.valueOf(item)));
        }
        values.put(field, list);
        return this;
    }

    /** The single value of a field, "" when there is none. */
    public String get(String field) {
        List<String> list = values.get(field);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    /** Every value of a field, joined by ", " (a list typed as one text field). */
    public String joined(String field) {
        List<String> list = values.get(field);
        return list == null ? "" : String.join(", ", list);
    }

    /** Whether a field (a checkbox, a radio, a select) holds this value. */
    public boolean has(String field, String value) {
        List<String> list = values.get(field);
        return list != null && list.contains(value);
    }

    public List<String> all(String field) {
        return values.getOrDefault(field, List.of());
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String message() {
        return message;
    }

    public boolean hasProblems() {
        return message != null || !problems.isEmpty();
    }

    public FormState problem(String field, String text) {
        problems.put(field, text);
        return this;
    }

    public FormState message(String text) {
        this.message = text;
        return this;
    }

    /**
     * Places a service's refusal: each violation next to the field it names ({@code skills[2]} lands on
     * {@code skills}), the detail as the form's message when no violation names a field of this form.
     */
    public FormState refusedBy(ServiceProblem refusal, String unavailableText) {
        if (refusal.unavailable() && refusal.problem().detail() == null) {
            return message(unavailableText);
        }
        Problem problem = refusal.problem();
        boolean placed = false;
        for (Problem.Violation violation : problem.violations()) {
            String field = violation.field() == null ? "" : violation.field().replaceAll("\\[\\d+]$", "");
            int dot = field.indexOf('.');
            String top = dot < 0 ? field : field.substring(0, dot);
            if (values.containsKey(field) || values.containsKey(top)) {
                problems.merge(values.containsKey(field) ? field : top, sentence(violation), (a, b) -> a + " " + b);
                placed = true;
            }
        }
        if (!placed) {
            message(problem.detail() != null ? problem.detail() : problem.title());
        }
        return this;
    }

    private static String sentence(Problem.Violation violation) {
        String text = violation.message() == null ? "is not valid" : violation.message();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
