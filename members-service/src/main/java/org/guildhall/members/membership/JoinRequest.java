package org.guildhall.members.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guildhall.kit.validation.TimeZoneId;
import org.guildhall.members.profile.Profile;

/** What a person tells when they join; the e-mail defaults to the token's, the tier to the default tier. */
public record JoinRequest(
        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 254) String email,
        @Size(max = 200) String headline,
        @Size(max = 100) String location,
        @TimeZoneId String timeZone,
        @Size(max = 32) String tier) {

    Profile profile() {
        return Profile.basics(displayName, headline, location, timeZone);
    }
}
