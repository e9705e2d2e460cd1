package org.guildhall.events.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;

/** For a coordinator filling a shift: suggested volunteers, or members found by name. */
@Path("/events/{eventId}/shifts/{shiftId}/suggestions")
@RolesAllowed(Caller.COORDINATOR)
public class VolunteerSuggestionResource {

    private final VolunteerSuggestions suggestions;

    VolunteerSuggestionResource(VolunteerSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    public List<VolunteerSuggestion> suggest(
            @PathParam("eventId") UUID eventId,
            @PathParam("shiftId") UUID shiftId,
            @QueryParam("name") @Size(max = 100) String name) {
        return suggestions.forShift(eventId, shiftId, name);
    }
}
