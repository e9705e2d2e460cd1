package org.guildhall.web.shell;

import io.quarkus.qute.TemplateExtension;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small helpers templates call on values: {@code {member.skills.join(', ')}}, {@code {field.visibilityField}}. */
@TemplateExtension
public final class TemplateExtensions {

    private TemplateExtensions() {}

    /** The items of a list as text, separated by {@code separator}; "" for none. */
    static String join(Collection<?> items, String separator) {
        return items == null ? "" : items.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    /** The profile form's field name for a profile field's visibility ({@code visibility.HEADLINE}). */
    static String visibilityField(String profileField) {
        return "visibility." + profileField;
    }
}
