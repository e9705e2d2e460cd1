package org.guildhall.events.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;

@Path("/events/{eventId}")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
public class EventCalendarResource {

    private final Calendars calendars;
    private final Caller caller;

    EventCalendarResource(Calendars calendars, Caller caller) {
        this.calendars = calendars;
        this.caller = caller;
    }

    @GET
    @Path("/calendar.ics")
    @Produces(ICalendarDocument.MEDIA_TYPE)
    public Response eventCalendar(@PathParam("eventId") UUID eventId) {
        return Response.ok(calendars.eventCalendar(eventId, caller.hasRole(Caller.COORDINATOR)))
                .type(ICalendarDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"event-" + eventId + ".ics\"")
                .build();
    }
}
