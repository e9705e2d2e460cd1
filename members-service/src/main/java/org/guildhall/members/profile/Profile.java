package org.guildhall.members.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a member tells about themselves, and who may see each part. Tags are already normalised. */
public record Profile(
        String displayName,
        String headline,
        String bio,
        String industry,
        CareerStage careerStage,
        String location,
        String timeZone,
        List<String> skills,
        List<String> topics,
        List<String> languages,
        Set<OpenTo> openTo,
        Map<ProfileField, Visibility> visibility) {

    public Profile {
        skills = Tags.normalise(skills);
        topics = Tags.normalise(topics);
        industry = Tags.normalise(industry);
        languages = languages == null ? List.of() : List.copyOf(languages);
        openTo = openTo == null ? Set.of() : Set.copyOf(openTo);
        visibility = visibility == null ? Map.of() : Map.copyOf(visibility);
    }

    /** The few fields a person gives when they join. */
    public static Profile basics(String displayName, String headline, String location, String timeZone) {
        return new Profile(displayName, headline, null, null, null, location, timeZone, null, null, null, null, null);
    }

    /** Every field's visibility: the member's choice where made, the field's default elsewhere. */
    public Map<ProfileField, Visibility> effectiveVisibility() {
        Map<ProfileField, Visibility> effective = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            effective.put(field, visibility.getOrDefault(field, field.defaultVisibility()));
        }
        return effective;
    }
}
