package org.guildhall.notifications.preference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Channel;

/** A member's preferences change: stored, and their e-mails not yet sent re-planned in the same transaction. */
@ApplicationScoped
public class PreferenceChanges {

    private final PreferenceRepository preferences;
    private final Clock clock;
    private final Event<PreferencesChanged> changed;

    PreferenceChanges(PreferenceRepository preferences, Clock clock, Event<PreferencesChanged> changed) {
        this.preferences = preferences;
        this.clock = clock;
        this.changed = changed;
    }

    /** Replaces every choice of the member at once; their first choice stores their preferences. */
    @Transactional
    public Preference change(
            String memberId,
            EmailMode emailMode,
            int digestHour,
            LocalTime quietFrom,
            LocalTime quietUntil,
            String timeZone,
            Set<ChannelOptOut> optOuts,
            String language) {
        Instant now = Instant.now(clock);
        Preference preference = preferences.findByIdOptional(memberId).orElseGet(() -> {
            Preference fresh = Preference.defaultsFor(memberId, now);
            preferences.persist(fresh);
            return fresh;
        });
        preference.change(emailMode, digestHour, quietFrom, quietUntil, timeZone, optOuts, now);
        preference.writeIn(language, now);
        changed.fire(new PreferencesChanged(preference, now));
        return preference;
    }

    /** One-click unsubscribe: the member's e-mail of {@code categories} is switched off; everything else stays. */
    @Transactional
    public Preference switchOffEmail(String memberId, Set<Category> categories) {
        Instant now = Instant.now(clock);
        Preference preference = preferences.findByIdOptional(memberId).orElseGet(() -> {
            Preference fresh = Preference.defaultsFor(memberId, now);
            preferences.persist(fresh);
            return fresh;
        });
        categories.forEach(category -> preference.switchOff(category, Channel.EMAIL, now));
        changed.fire(new PreferencesChanged(preference, now));
        return preference;
    }

    /** Erasure: the member's preferences go. */
    void memberErased(@Observes MemberErased erased) {
        preferences.findByIdOptional(erased.memberId()).ifPresent(preferences::delete);
    }
}
