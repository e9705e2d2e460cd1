package org.guildhall.events.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.ProblemException;

@Path("/events/{eventId}")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
public class CheckInResource {

    private final CheckInDesk desk;
    private final Caller caller;

    CheckInResource(CheckInDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Path("/check-ins")
    @RolesAllowed(Caller.COORDINATOR)
    public Attendee checkIn(@PathParam("eventId") UUID eventId, @Valid @NotNull CheckInRequest request) {
        if ((request.registrationId() == null) == (request.code() == null)) {
            throw ProblemException.badRequest("check-in-target", "code: give either a registrationId or a code");
        }
        return desk.checkIn(eventId, request.registrationId(), request.code());
    }

    @GET
    @Path("/attendance")
    @RolesAllowed(Caller.COORDINATOR)
    public List<Attendee> attendance(@PathParam("eventId") UUID eventId) {
        return desk.attendance(eventId);
    }

    @GET
    @Path("/attendees")
    public List<Attendee> fellowAttendees(@PathParam("eventId") UUID eventId) {
        return desk.fellowAttendees(eventId, caller.memberId());
    }
}
