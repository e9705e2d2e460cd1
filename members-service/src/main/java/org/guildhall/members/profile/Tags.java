package org.guildhall.members.profile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Skills, topics and industries as normalised tags: lower case, words joined by hyphens, no duplicates. */
public final class Tags {

    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 40;
    /** What a tag may be written as before normalising: letters, digits, spaces and {@code + # . - _}. */
    public static final String INPUT_PATTERN = "[\\p{L}\\p{N} +#._-]{1,40}";

    private Tags() {}

    public static List<String> normalise(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String tag : tags) {
            String one = normalise(tag);
            if (one != null) {
                normalised.add(one);
            }
        }
        return List.copyOf(normalised);
    }

    public static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String normalised = tag.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return normalised.isEmpty() ? null : normalised;
    }
}
