package org.guildhall.web.shell;

import io.quarkus.qute.TemplateExtension;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small helpers templates call on values: {@code {member.skills.join(', ')}}, {@code {field.visibilityField}}, {@code
 * {count.grouped}}.
 */
@TemplateExtension
public final class TemplateExtensions {

    private TemplateExtensions() {}

    /** The items of a list as text, separated by {@code separator}; "" for none. */
    static String join(Collection<?> items, String separator) {
        return items == null ? "" : items.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    /**
     * A whole number with its thousands grouped as English writes them: 1000 as "1,000", 1000000 as "1,000,000" (the web
     * speaks English only). Every count a person reads in a sentence or a report's table goes through it.
     */
    static String grouped(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }

    /** {@link #grouped(long)} for an {@code int}. */
    static String grouped(int number) {
        return grouped((long) number);
    }

    /** {@link #grouped(long)} for a boxed whole number; "" for none. */
    static String grouped(Number number) {
        return number == null ? "" : grouped(number.longValue());
    }

    /** The profile form's field name for a profile field's visibility ({@code visibility.HEADLINE}). */
    static String visibilityField(String profileField) {
        return "visibility." + profileField;
    }
}
