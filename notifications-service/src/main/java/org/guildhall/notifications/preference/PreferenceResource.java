package org.guildhall.notifications.preference;

import jakarta.annotation.security.RolesAllowed;
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
    private final PreferenceChanges changes;
    private final Caller caller;
    private final Clock clock;

    PreferenceResource(PreferenceRepository preferences, PreferenceChanges changes, Caller caller, Clock clock) {
        this.preferences = preferences;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /** The caller's preferences; the defaults until they choose. */
    @GET
    @Transactional
    public PreferencesView mine() {
        return PreferencesView.of(preferences.of(caller.memberId(), Instant.now(clock)));
    }

    /** Replaces the caller's preferences. */
    @PUT
    public PreferencesView change(@NotNull @Valid UpdatePreferencesRequest request) {
        Set<ChannelOptOut> optOuts = new HashSet<>();
        for (UpdatePreferencesRequest.CategoryChannels channels : request.channels()) {
            if (!channels.inbox()) {
                optOuts.add(new ChannelOptOut(channels.category(), Channel.INBOX));
            }
            if (!channels.email()) {
                optOuts.add(new ChannelOptOut(channels.category(), Channel.EMAIL));
            }
        }
        Preference preference = changes.change(
                caller.memberId(),
                request.emailMode(),
                request.digestHour(),
                request.quietHours() == null ? null : request.quietHours().from(),
                request.quietHours() == null ? null : request.quietHours().until(),
                request.timeZone(),
                optOuts,
                request.language());
        return PreferencesView.of(preference);
    }
}
