package org.guildhall.events.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.kit.identity.Caller;

/** {@code GET /volunteer-places/me}: the caller's places on shifts in every event ({@link MyShifts}). */
@Path("/volunteer-places/me")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
@Produces(MediaType.APPLICATION_JSON)
public class MyShiftsResource {

    private final MyShifts shifts;
    private final Caller caller;

    MyShiftsResource(MyShifts shifts, Caller caller) {
        this.shifts = shifts;
        this.caller = caller;
    }

    @GET
    public List<MyShifts.MyPlace> mine() {
        return shifts.of(caller.memberId());
    }
}
