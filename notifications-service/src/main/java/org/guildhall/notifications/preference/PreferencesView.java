package org.guildhall.notifications.preference;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.guildhall.notifications.preference.UpdatePreferencesRequest.CategoryChannels;
import org.guildhall.notifications.preference.UpdatePreferencesRequest.QuietHours;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Channel;

/** A member's preferences as they read them: every category with both channels. */
public record PreferencesView(
        EmailMode emailMode,
        int digestHour,
        QuietHours quietHours,
        String timeZone,
        List<CategoryChannels> channels,
        String language,
        Instant updatedAt) {

    static PreferencesView of(Preference preference) {
        return new PreferencesView(
                preference.emailMode(),
                preference.digestHour(),
                preference
                        .quietFrom()
                        .map(from ->
                                new QuietHours(from, preference.quietUntil().orElseThrow()))
                        .orElse(null),
                preference.timeZone().orElse(null),
                Arrays.stream(Category.values())
                        .map(category -> new CategoryChannels(
                                category,
                                preference.allows(category, Channel.INBOX),
                                preference.allows(category, Channel.EMAIL)))
                        .toList(),
                preference.language().orElse(null),
                preference.updatedAt());
    }
}
