package org.guildhall.mentoring.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.guildhall.kit.validation.TimeZoneId;
import org.guildhall.mentoring.fit.Offer;

/** A mentor's published terms; the time zone defaults to the one of their member profile. */
public record PublishMentorProfileRequest(
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> topics,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> industries,
        @NotEmpty @Size(max = 4) List<@NotNull Offer> offers,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}") String> languages,
        @TimeZoneId String timeZone,
        @NotNull @Min(0) @Max(20) Integer capacity,
        @NotNull Boolean acceptingRequests) {

    MentorTerms terms() {
        return new MentorTerms(
                topics,
                industries == null ? List.of() : industries,
                offers.stream().distinct().toList(),
                languages == null ? List.of() : languages,
                timeZone,
                capacity,
                acceptingRequests);
    }
}
