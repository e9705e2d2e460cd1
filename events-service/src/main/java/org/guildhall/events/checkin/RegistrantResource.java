package org.guildhall.events.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;

/** For a coordinator: an event's registrants by name, in arrival order. */
@Path("/events/{eventId}/registrants")
@RolesAllowed(Caller.COORDINATOR)
public class RegistrantResource {

    private final Registrants registrants;

    RegistrantResource(Registrants registrants) {
        this.registrants = registrants;
    }

    @GET
    public List<Registrant> registrants(
            @PathParam("eventId") UUID eventId, @QueryParam("name") @Size(max = 100) String name) {
        return registrants.of(eventId, name);
    }
}
