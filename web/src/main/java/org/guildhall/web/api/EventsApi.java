package org.guildhall.web.api;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    // The coordinator's console (role coordinator at events-service).

    @GET
    @Path("/events")
    Page<Event> allEvents(
            @QueryParam("status") List<String> statuses, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/events/{id}/waitlist")
    List<Registration> waitlist(@PathParam("id") String eventId);

    @POST
    @Path("/events")
    Event draftEvent(EventForm event);

    @PUT
    @Path("/events/{id}")
    Event editEvent(@PathParam("id") String id, EventForm event);

    @POST
    @Path("/events/{id}/publish")
    Event publish(@PathParam("id") String id);

    @POST
    @Path("/events/{id}/cancel")
    Event cancelEvent(@PathParam("id") String id, Reason reason);

    @POST
    @Path("/events/{id}/complete")
    Event complete(@PathParam("id") String id);

    @GET
    @Path("/events/{id}/registrants")
    List<Registrant> registrants(@PathParam("id") String eventId, @QueryParam("name") String name);

    @POST
    @Path("/events/{id}/check-ins")
    Attendee checkIn(@PathParam("id") String eventId, CheckIn checkIn);

    @GET
    @Path("/events/{id}/roles")
    List<Role> roles(@PathParam("id") String eventId);

    @POST
    @Path("/events/{id}/roles")
    Role defineRole(@PathParam("id") String eventId, RoleForm role);

    @GET
    @Path("/events/{id}/roles/{rid}")
    Role role(@PathParam("id") String eventId, @PathParam("rid") String roleId);

    @PUT
    @Path("/events/{id}/roles/{rid}")
    Role changeRole(@PathParam("id") String eventId, @PathParam("rid") String roleId, RoleForm role);

    @POST
    @Path("/events/{id}/shifts")
    Shift planShift(@PathParam("id") String eventId, ShiftForm shift);

    @GET
    @Path("/events/{id}/shifts/{sid}")
    Shift shift(@PathParam("id") String eventId, @PathParam("sid") String shiftId);

    @PUT
    @Path("/events/{id}/shifts/{sid}")
    Shift changeShift(@PathParam("id") String eventId, @PathParam("sid") String shiftId, ShiftForm shift);

    /** 201 for a new invitation, 200 when the member was invited to the shift before (nothing is sent again). */
    @POST
    @Path("/events/{id}/shifts/{sid}/invitations")
    Response invite(@PathParam("id") String eventId, @PathParam("sid") String shiftId, Invite invite);

    @GET
    @Path("/events/{id}/roster")
    Roster roster(@PathParam("id") String eventId);

    @GET
    @Path("/events/{id}/roster.csv")
    @Produces("text/csv")
    String rosterCsv(@PathParam("id") String eventId);

    @GET
    @Path("/events/{id}/shifts/{sid}/suggestions")
    List<Suggestion> suggestions(
            @PathParam("id") String eventId, @PathParam("sid") String shiftId, @QueryParam("name") String name);

    @POST
    @Path("/events/{id}/shifts/{sid}/assignments")
    Place assign(@PathParam("id") String eventId, @PathParam("sid") String shiftId, Assign assign);

    @POST
    @Path("/events/{id}/shifts/{sid}/complete")
    List<Place> completeShift(@PathParam("id") String eventId, @PathParam("sid") String shiftId);

    @GET
    @Path("/registrations/me")
    List<MyRegistration> myRegistrations();

    @GET
    @Path("/volunteer-places/me")
    List<MyPlace> myPlaces();

    // --- reports (coordinator, admin)

    @GET
    @Path("/reports/events")
    EventsReport eventsReport(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/reports/events/{id}/registrations")
    RegistrationsOverTime registrationsOverTime(@PathParam("id") String eventId);

    @GET
    @Path("/reports/volunteering")
    VolunteeringReport volunteeringReport(@QueryParam("from") String from, @QueryParam("to") String to);

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
            String cancellationReason,
            Instant registrationOpensAt,
            Instant registrationClosesAt,
            List<String> allowedTiers) {}

    record Register(Boolean shareAttendance) {}

    /** What a coordinator sends to draft or edit an event; field names are events-service's. */
    record EventForm(
            String title,
            String description,
            String type,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            String venue,
            String onlineUrl,
            Integer capacity,
            Instant registrationOpensAt,
            Instant registrationClosesAt,
            boolean membersOnly,
            List<String> allowedTiers,
            String seatRelease,
            Integer offerClaimHours) {}

    record Reason(String reason) {}

    /** A registration with the registrant's name; {@code position} is the waitlist place. */
    record Registrant(
            String registrationId,
            String memberId,
            String displayName,
            String status,
            Integer position,
            long arrival,
            Instant registeredAt,
            Instant claimBy,
            Instant endedAt,
            String endReason,
            Instant checkedInAt) {}

    record CheckIn(String registrationId, String code) {}

    record Role(String id, String eventId, String name, String description, List<String> skillsWanted) {}

    record RoleForm(String name, String description, List<String> skillsWanted) {}

    record ShiftForm(String roleId, Instant startsAt, Instant endsAt, Integer needed) {}

    record Roster(String eventId, List<ShiftLine> shifts, int totalGaps, int totalConflicts) {}

    record ShiftLine(
            String shiftId,
            String roleName,
            Instant startsAt,
            Instant endsAt,
            int needed,
            int openPlaces,
            boolean hasGap,
            List<Place> volunteers,
            List<Place> waitlist,
            List<ShiftConflict> conflicts,
            Instant completedAt) {

        public int filled() {
            return needed - openPlaces;
        }
    }

    record ShiftConflict(String memberId, String otherShiftId, Instant otherStartsAt, Instant otherEndsAt) {}

    record Suggestion(
            String memberId,
            String displayName,
            boolean openToVolunteering,
            boolean free,
            List<String> matchingSkills,
            int score,
            boolean invited) {}

    record Assign(String memberId) {}

    record Invite(String memberId) {}

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

    record EventsReport(
            String from,
            String to,
            List<EventLine> events,
            long offersMade,
            long offersClaimed,
            Double waitlistConversion) {}

    record EventLine(
            String id,
            String title,
            Instant startsAt,
            String status,
            int capacity,
            long confirmed,
            long waitlisted,
            long checkedIn,
            Double attendanceRate,
            long offersMade,
            long offersClaimed) {

        /** The attendance rate as a whole percentage, or -1 when nobody is confirmed. */
        public long attendancePercent() {
            return attendanceRate == null ? -1 : Math.round(attendanceRate * 100);
        }
    }

    record RegistrationsOverTime(String eventId, String title, int capacity, List<Day> days) {}

    record Day(String day, long confirmed) {}

    /** events-service's volunteering report: places per event, hours by month, the top roles. */
    record VolunteeringReport(
            String from, String to, List<EventPlaces> events, List<MonthHours> months, List<RoleLine> roles) {}

    record EventPlaces(
            String id,
            String title,
            Instant startsAt,
            long needed,
            long filled,
            long open,
            java.math.BigDecimal hours) {}

    record MonthHours(String month, java.math.BigDecimal hours, long volunteers, long places) {}

    record RoleLine(String role, long shifts, long filled, java.math.BigDecimal hours) {}
}
