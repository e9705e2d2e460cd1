package org.guildhall.members.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guildhall.kit.validation.TimeZoneId;

/** A member's new profile basics; fields left out are cleared. */
public record UpdateProfileRequest(
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 200) String headline,
        @Size(max = 100) String location,
        @TimeZoneId String timeZone) {

    Profile profile() {
        return new Profile(displayName, headline, location, timeZone);
    }
}
