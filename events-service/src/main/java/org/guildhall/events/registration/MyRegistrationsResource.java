package org.guildhall.events.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.kit.identity.Caller;

/** {@code GET /registrations/me}: the caller's live registrations for events not yet ended ({@link MyRegistrations}). */
@Path("/registrations/me")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
@Produces(MediaType.APPLICATION_JSON)
public class MyRegistrationsResource {

    private final MyRegistrations registrations;
    private final Caller caller;

    MyRegistrationsResource(MyRegistrations registrations, Caller caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @GET
    public List<MyRegistrations.MyRegistration> mine() {
        return registrations.of(caller.memberId());
    }
}
