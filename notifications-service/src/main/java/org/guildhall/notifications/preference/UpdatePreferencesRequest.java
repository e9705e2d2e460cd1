package org.guildhall.notifications.preference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.guildhall.kit.validation.TimeZoneId;
import org.guildhall.notifications.vocabulary.Category;

/**
 * Every choice at once. Categories left out of {@code channels} are on for both channels; {@code quietHours} and
 * {@code timeZone} may be null (no quiet hours; the profile's zone), and so may {@code language} (the first language of
 * the profile that notices are written in, else English).
 */
public record UpdatePreferencesRequest(
        @NotNull EmailMode emailMode,
        @NotNull @Min(0) @Max(23) Integer digestHour,
        @Valid QuietHours quietHours,
        @TimeZoneId String timeZone,
        @NotNull @Size(max = 10) List<@NotNull @Valid CategoryChannels> channels,
        @Pattern(regexp = "en|de", message = "must be a language notices are written in: en or de") String language) {

    /** Local times in the member's zone; {@code from} after {@code until} spans midnight. */
    public record QuietHours(@NotNull LocalTime from, @NotNull LocalTime until) {}

    /** Whether a category reaches the inbox and e-mail. */
    public record CategoryChannels(@NotNull Category category, @NotNull Boolean inbox, @NotNull Boolean email) {}
}
