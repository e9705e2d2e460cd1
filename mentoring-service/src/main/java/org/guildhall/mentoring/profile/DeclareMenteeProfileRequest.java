package org.guildhall.mentoring.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.guildhall.mentoring.fit.Offer;

/** What a mentee looks for; {@code maxHoursApart} and {@code mustShareLanguage} are hard requirements. */
public record DeclareMenteeProfileRequest(
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> goals,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> topics,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> industries,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}") String> languages,
        @Size(max = 4) List<@NotNull Offer> seeking,
        Boolean mustShareLanguage,
        @Min(0) @Max(12) Integer maxHoursApart) {

    MenteeTerms terms() {
        return new MenteeTerms(
                orEmpty(goals),
                orEmpty(topics),
                orEmpty(industries),
                orEmpty(languages),
                seeking == null ? List.of() : seeking.stream().distinct().toList(),
                Boolean.TRUE.equals(mustShareLanguage),
                maxHoursApart);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
