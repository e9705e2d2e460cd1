package org.guildhall.members.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The profile fields whose visibility a member chooses; the display name is always shown. */
public enum ProfileField {
    EMAIL(Visibility.PRIVATE),
    HEADLINE(Visibility.MEMBERS),
    BIO(Visibility.MEMBERS),
    INDUSTRY(Visibility.MEMBERS),
    CAREER_STAGE(Visibility.MEMBERS),
    SKILLS(Visibility.MEMBERS),
    TOPICS(Visibility.MEMBERS),
    LOCATION(Visibility.MEMBERS),
    TIME_ZONE(Visibility.MEMBERS),
    LANGUAGES(Visibility.MEMBERS),
    OPEN_TO(Visibility.MEMBERS),
    GOALS(Visibility.MEMBERS),
    CONTRIBUTIONS(Visibility.MEMBERS);

    private final Visibility defaultVisibility;

    ProfileField(Visibility defaultVisibility) {
        this.defaultVisibility = defaultVisibility;
    }

    public Visibility defaultVisibility() {
        return defaultVisibility;
    }

    /** The field's name in JSON: {@code careerStage}. */
    @JsonValue
    public String jsonName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    @JsonCreator
    public static ProfileField fromJson(String name) {
        return Arrays.stream(values())
                .filter(field -> field.jsonName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile field " + name));
    }
}
