package org.guildhall.events.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.Problem;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.kit.readmodel.ReadModelLag;

@Path("/events/{eventId}")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
public class RosterResource {

    private final Roster roster;
    private final RosterViews views;
    private final Caller caller;
    private final ReadModelLag lag;

    RosterResource(Roster roster, RosterViews views, Caller caller, ReadModelLag lag) {
        this.roster = roster;
        this.views = views;
        this.caller = caller;
        this.lag = lag;
    }

    @POST
    @Path("/roles")
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoleView.class)))
    public Response defineRole(@PathParam("eventId") UUID eventId, @Valid @NotNull RoleRequest request, UriInfo uri) {
        RoleView role =
                RoleView.of(roster.defineRole(eventId, request.name(), request.description(), request.skillsWanted()));
        return Response.created(uri.getAbsolutePathBuilder().path(role.id()).build())
                .entity(role)
                .build();
    }

    /** A coordinator rewrites a role: every field as {@code POST} takes it (no {@code If-Match}: the last write wins). */
    @PUT
    @Path("/roles/{roleId}")
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "200",
            description = "The role as it is now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoleView.class)))
    @APIResponse(
            responseCode = "400",
            description = "validation: a field named in violations (blank name, too many skills, ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "forbidden: the caller is not a coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "event-not-found, volunteer-role-not-found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "event-closed (cancelled or completed), role-exists (another role has the name)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RoleView changeRole(
            @PathParam("eventId") UUID eventId, @PathParam("roleId") UUID roleId, @Valid @NotNull RoleRequest request) {
        return RoleView.of(
                roster.changeRole(eventId, roleId, request.name(), request.description(), request.skillsWanted()));
    }

    @GET
    @Path("/roles")
    public List<RoleView> roles(@PathParam("eventId") UUID eventId) {
        return roster.roles(eventId).stream().map(RoleView::of).toList();
    }

    /** The role a {@code POST} answered, at its {@code Location}. */
    @GET
    @Path("/roles/{roleId}")
    public RoleView role(@PathParam("eventId") UUID eventId, @PathParam("roleId") UUID roleId) {
        return roles(eventId).stream()
                .filter(role -> role.id().equals(roleId.toString()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("volunteer-role", roleId.toString()));
    }

    @POST
    @Path("/shifts")
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ShiftView.class)))
    public Response planShift(@PathParam("eventId") UUID eventId, @Valid @NotNull ShiftRequest request, UriInfo uri) {
        Roster.Planned planned =
                roster.planShift(eventId, request.roleId(), request.startsAt(), request.endsAt(), request.needed());
        ShiftView shift = ShiftView.of(planned.shift(), planned.roleName());
        return Response.created(uri.getAbsolutePathBuilder().path(shift.id()).build())
                .entity(shift)
                .build();
    }

    /**
     * A coordinator changes a shift: every field as {@code POST} takes it (no {@code If-Match}: the last write wins).
     * Its volunteers keep their places; moved, it is re-checked against their other shifts.
     */
    @PUT
    @Path("/shifts/{shiftId}")
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "200",
            description = "The shift as it is now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(
            responseCode = "400",
            description = "validation, invalid-schedule (endsAt not after startsAt), unknown-role (roleId):"
                    + " the field named in violations or the detail",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "forbidden: the caller is not a coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "event-not-found, shift-not-found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "event-closed; shift-completed; fewer-places-than-volunteers (needed below the volunteers"
                    + " holding places); shift-conflict (moved, it would overlap another shift a volunteer on it"
                    + " holds: the volunteer and that shift named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "busy: the shift's or a volunteer's lock was not had in time; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ShiftView changeShift(
            @PathParam("eventId") UUID eventId,
            @PathParam("shiftId") UUID shiftId,
            @Valid @NotNull ShiftRequest request) {
        Roster.Planned changed = roster.changeShift(
                eventId, shiftId, request.roleId(), request.startsAt(), request.endsAt(), request.needed());
        return ShiftView.of(changed.shift(), changed.roleName());
    }

    /**
     * A coordinator invites a member to sign up for the shift: 201 with the invitation, 200 with the first one when
     * the member was invited to it before (nothing is sent again).
     */
    @POST
    @Path("/shifts/{shiftId}/invitations")
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "201",
            description = "Invited: VolunteerInvited is published and the member told",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Invited before: the same invitation, nothing sent again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "validation: memberId missing or blank",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "forbidden: the caller is not a coordinator, or the member is not active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "event-not-found, shift-not-found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "event-not-open (not published), shift-completed, shift-over, shift-full, already-on-shift"
                    + " (holding a place or waiting for one), shift-conflict (the member holds an overlapping shift)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "member-not-yet-known or busy; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(
            @PathParam("eventId") UUID eventId,
            @PathParam("shiftId") UUID shiftId,
            @Valid @NotNull InviteRequest request,
            UriInfo uri) {
        String coordinatorId = caller.memberId();
        String memberId = request.memberId().strip();
        Roster.Invited invited = lag.awaiting(() -> roster.invite(eventId, shiftId, memberId, coordinatorId));
        InvitationView invitation = InvitationView.of(invited);
        if (!invited.created()) {
            return Response.ok(invitation).build();
        }
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }

    @GET
    @Path("/shifts")
    public List<ShiftView> shifts(@PathParam("eventId") UUID eventId) {
        return views.shifts(eventId);
    }

    /** The shift a {@code POST} answered, at its {@code Location}. */
    @GET
    @Path("/shifts/{shiftId}")
    public ShiftView shift(@PathParam("eventId") UUID eventId, @PathParam("shiftId") UUID shiftId) {
        return shifts(eventId).stream()
                .filter(shift -> shift.id().equals(shiftId.toString()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("shift", shiftId.toString()));
    }

    /** The caller volunteers for the shift: 201 with a place or a waitlist spot, 200 with the one they hold. */
    @POST
    @Path("/shifts/{shiftId}/volunteers")
    @RolesAllowed(Caller.MEMBER)
    @APIResponse(
            responseCode = "201",
            description = "Signed up",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already on the shift: the same place",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlaceView.class)))
    public Response signUp(@PathParam("eventId") UUID eventId, @PathParam("shiftId") UUID shiftId, UriInfo uri) {
        String memberId = caller.memberId();
        return joined(lag.awaiting(() -> roster.join(eventId, shiftId, memberId, null)), uri);
    }

    /** A coordinator puts a member on the shift. */
    @POST
    @Path("/shifts/{shiftId}/assignments")
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "201",
            description = "Assigned",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already on the shift: the same place",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlaceView.class)))
    public Response assign(
            @PathParam("eventId") UUID eventId,
            @PathParam("shiftId") UUID shiftId,
            @Valid @NotNull AssignRequest request,
            UriInfo uri) {
        String coordinatorId = caller.memberId();
        return joined(
                lag.awaiting(
                        () -> roster.join(eventId, shiftId, request.memberId().strip(), coordinatorId)),
                uri);
    }

    @DELETE
    @Path("/shifts/{shiftId}/volunteers/{placeId}")
    public PlaceView release(
            @PathParam("eventId") UUID eventId,
            @PathParam("shiftId") UUID shiftId,
            @PathParam("placeId") UUID placeId) {
        return PlaceView.of(
                roster.release(eventId, shiftId, placeId, caller.memberId(), caller.hasRole(Caller.COORDINATOR)));
    }

    @POST
    @Path("/shifts/{shiftId}/complete")
    @RolesAllowed(Caller.COORDINATOR)
    public List<PlaceView> complete(@PathParam("eventId") UUID eventId, @PathParam("shiftId") UUID shiftId) {
        return roster.complete(eventId, shiftId).stream().map(PlaceView::of).toList();
    }

    @GET
    @Path("/roster")
    @RolesAllowed(Caller.COORDINATOR)
    public RosterView roster(@PathParam("eventId") UUID eventId) {
        return views.roster(eventId);
    }

    @GET
    @Path("/roster.csv")
    @Produces("text/csv")
    @RolesAllowed(Caller.COORDINATOR)
    public Response rosterCsv(@PathParam("eventId") UUID eventId) {
        return Response.ok(RosterCsv.of(views.roster(eventId)))
                .header("Content-Disposition", "attachment; filename=\"roster-" + eventId + ".csv\"")
                .build();
    }

    private static Response joined(Roster.Joined joined, UriInfo uri) {
        PlaceView place = PlaceView.of(joined.placed());
        if (!joined.created()) {
            return Response.ok(place).build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("events/{e}/shifts/{s}/volunteers/{p}")
                        .build(uri.getPathParameters().getFirst("eventId"), place.shiftId(), place.id()))
                .entity(place)
                .build();
    }
}
