package org.guildhall.members.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.kit.edge.MultiLine;
import org.guildhall.kit.validation.TimeZoneId;

/** A member's whole profile as it should now be; fields left out are cleared. Tags are normalised. */
public record UpdateProfileRequest(
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 200) String headline,
        @Size(max = 2000) @MultiLine String bio,
        @Pattern(regexp = Tags.INPUT_PATTERN) String industry,
        CareerStage careerStage,
        @Size(max = 100) String location,
        @TimeZoneId String timeZone,
        @Size(max = Tags.MAX_TAGS) List<@NotBlank @Pattern(regexp = Tags.INPUT_PATTERN) String> skills,
        @Size(max = Tags.MAX_TAGS) List<@NotBlank @Pattern(regexp = Tags.INPUT_PATTERN) String> topics,
        @Size(max = 10)
                List<@NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en") String>
                        languages,
        Set<OpenTo> openTo,
        Map<ProfileField, Visibility> visibility) {

    public Profile profile() {
        return new Profile(
                displayName,
                headline,
                bio,
                industry,
                careerStage,
                location,
                timeZone,
                skills,
                topics,
                languages,
                openTo,
                visibility);
    }
}
