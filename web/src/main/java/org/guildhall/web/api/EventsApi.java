package org.guildhall.web.api;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * events-service's public REST API (its README lists each operation), called with the signed-in person's access
 * token. Instants are UTC; each event names its IANA time zone. Errors arrive as {@link ServiceProblem}.
 */
@RegisterRestClient(configKey = "events")
@RegisterProvider(AccessTokenPropagation.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EventsApi {

    @GET
    @Path("/events")
    Page<Event> events(
            @QueryParam("from") Instant from,
            @QueryParam("q") String text,
            @QueryParam("type") String type,
            @QueryParam("hasSeats") Boolean hasSeats,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/events/{id}")
    Event event(@PathParam("id") String id);

    @POST
    @Path("/events/{id}/registrations")
    Registration register(@PathParam("id") String eventId, Register register);

    @GET
    @Path("/events/{id}/registrations/me")
    Registration myRegistration(@PathParam("id") String eventId);

    @DELETE
    @Path("/events/{id}/registrations/{rid}")
    Response cancelRegistration(@PathParam("id") String eventId, @PathParam("rid") String registrationId);

    @POST
    @Path("/events/{id}/registrations/{rid}/claim")
    Registration claim(@PathParam("id") String eventId, @PathParam("rid") String registrationId);

    @GET
    @Path("/events/{id}/attendees")
    List<Attendee> attendees(@PathParam("id") String eventId);

    @GET
    @Path("/events/{id}/calendar.ics")
    @Produces("text/calendar")
    String calendar(@PathParam("id") String eventId);

    @GET
    @Path("/calendar/feeds/me")
    Feed feed();

    @POST
    @Path("/calendar/feeds/me/rotate")
    Feed rotateFeed();

    @GET
    @Path("/events/{id}/shifts")
    List<Shift> shifts(@PathParam("id") String eventId);

    @POST
    @Path("/events/{id}/shifts/{sid}/volunteers")
    Place volunteer(@PathParam("id") String eventId, @PathParam("sid") String shiftId);

    @DELETE
    @Path("/events/{id}/shifts/{sid}/volunteers/{pid}")
    Response release(
            @PathParam("id") String eventId, @PathParam("sid") String shiftId, @PathParam("pid") String placeId);

    @GET
    @Path("/registrations/me")
    List<MyRegistration> myRegistrations();

    @GET
    @Path("/volunteer-places/me")
    List<MyPlace> myPlaces();

    @ClientExceptionMapper
    static RuntimeException problem(Response response) {
        return ProblemReader.read("events-service", response);
    }

    record Event(
            String id,
            String title,
            String description,
            String type,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            String venue,
            String onlineUrl,
            int capacity,
            int seatsTaken,
            int seatsLeft,
            boolean membersOnly,
            String seatRelease,
            int offerClaimHours,
            String status,
            String cancellationReason) {}

    record Register(Boolean shareAttendance) {}

    record Registration(
            String id,
            String eventId,
            String memberId,
            String status,
            Integer position,
            Instant registeredAt,
            Instant confirmedAt,
            Instant offeredAt,
            Instant claimBy,
            Instant endedAt,
            String endReason,
            String checkInCode,
            Instant checkedInAt,
            boolean sharesAttendance) {

        public boolean live() {
            return "CONFIRMED".equals(status) || "WAITLISTED".equals(status) || "OFFERED".equals(status);
        }
    }

    record Attendee(String registrationId, String memberId, String displayName, Instant checkedInAt) {}

    record Feed(String url, Instant rotatedAt) {}

    record Shift(
            String id,
            String eventId,
            String roleId,
            String roleName,
            Instant startsAt,
            Instant endsAt,
            int needed,
            int openPlaces,
            Instant completedAt) {

        /** Places taken: needed less open. */
        public int filled() {
            return needed - openPlaces;
        }
    }

    record Place(
            String id,
            String shiftId,
            String memberId,
            String displayName,
            String status,
            Integer position,
            Instant joinedAt,
            BigDecimal hours) {}

    /** One of the caller's places on a shift: ASSIGNED, WAITLISTED (with its position) or COMPLETED (with hours). */
    record MyPlace(
            String placeId,
            String eventId,
            String eventTitle,
            String eventTimeZone,
            String shiftId,
            String roleName,
            Instant startsAt,
            Instant endsAt,
            String status,
            Integer position,
            java.math.BigDecimal hours) {}

    /** One of the caller's live registrations for an event that has not ended; status CONFIRMED, OFFERED, WAITLISTED. */
    record MyRegistration(
            String registrationId,
            String eventId,
            String eventTitle,
            Instant eventStartsAt,
            String eventTimeZone,
            String status,
            Integer position,
            Instant claimBy) {}
}
