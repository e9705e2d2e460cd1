package org.guildhall.notifications.preference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.guildhall.kit.identity.Caller;
import org.guildhall.notifications.vocabulary.Channel;

@Path("/notifications/me/preferences")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class PreferenceResource {

    private final PreferenceRepository preferences;
    private final Caller caller;
    private final Clock clock;
    private final Event<PreferencesChanged> changed;

    PreferenceResource(
            PreferenceRepository preferences, Caller caller, Clock clock, Event<PreferencesChanged> changed) {
        this.preferences = preferences;
        this.caller = caller;
        this.clock = clock;
        this.changed = changed;
    }

    /** The caller's preferences; the defaults until they choose. */
    @GET
    @Transactional
    public PreferencesView mine() {
        return PreferencesView.of(preferences.of(caller.memberId(), Instant.now(clock)));
    }

    /** Replaces the caller's preferences. */
    @PUT
    @Transactional
    public PreferencesView change(@NotNull @Valid UpdatePreferencesRequest request) {
        Instant now = Instant.now(clock);
        String memberId = caller.memberId();
        Preference preference = preferences.findByIdOptional(memberId).orElseGet(() -> {
            Preference fresh = Preference.defaultsFor(memberId, now);
            preferences.persist(fresh);
            return fresh;
        });
        Set<ChannelOptOut> optOuts = new HashSet<>();
        for (UpdatePreferencesRequest.CategoryChannels channels : request.channels()) {
            if (!channels.inbox()) {
                optOuts.add(new ChannelOptOut(channels.category(), Channel.INBOX));
            }
            if (!channels.email()) {
                optOuts.add(new ChannelOptOut(channels.category(), Channel.EMAIL));
            }
        }
        preference.change(
                request.emailMode(),
                request.digestHour(),
                request.quietHours() == null ? null : request.quietHours().from(),
                request.quietHours() == null ? null : request.quietHours().until(),
                request.timeZone(),
                optOuts,
                now);
        changed.fire(new PreferencesChanged(preference, now));
        return PreferencesView.of(preference);
    }
}
