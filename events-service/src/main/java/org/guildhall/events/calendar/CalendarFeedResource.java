package org.guildhall.events.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.guildhall.kit.identity.Caller;

@Path("/calendar/feeds")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
public class CalendarFeedResource {

    private final Calendars calendars;
    private final Caller caller;

    CalendarFeedResource(Calendars calendars, Caller caller) {
        this.calendars = calendars;
        this.caller = caller;
    }

    /** The caller's personal feed URL, issued on first use. */
    @GET
    @Path("/me")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedView myFeed(UriInfo uri) {
        return view(calendars.feedOf(caller.memberId()), uri);
    }

    /** A new secret URL; the old one stops working. */
    @POST
    @Path("/me/rotate")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedView rotate(UriInfo uri) {
        return view(calendars.rotate(caller.memberId()), uri);
    }

    /** Read by calendar applications, which carry no token: the secret in the URL is the credential. */
    @GET
    @PermitAll
    @Path("/{secret: [A-Za-z0-9_-]{20,64}}.ics")
    @Produces(ICalendarDocument.MEDIA_TYPE)
    public Response personalFeed(@PathParam("secret") String secret) {
        return Response.ok(calendars.personalCalendar(secret))
                .type(ICalendarDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"guildhall.ics\"")
                .build();
    }

    private static FeedView view(CalendarFeed feed, UriInfo uri) {
        return new FeedView(
                uri.getBaseUriBuilder()
                        .path("calendar/feeds/" + feed.secret() + ".ics")
                        .build()
                        .toString(),
                feed.rotatedAt());
    }
}
