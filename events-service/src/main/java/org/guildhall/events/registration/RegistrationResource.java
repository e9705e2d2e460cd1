package org.guildhall.events.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.events.event.QueryValues;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.readmodel.ReadModelLag;

@Path("/events/{eventId}")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
public class RegistrationResource {

    private final RegistrationDesk desk;
    private final Caller caller;
    private final ReadModelLag lag;

    RegistrationResource(RegistrationDesk desk, Caller caller, ReadModelLag lag) {
        this.desk = desk;
        this.caller = caller;
        this.lag = lag;
    }

    /** 201 with the new registration, or 200 with the one the member already holds. */
    @POST
    @Path("/registrations")
    @RolesAllowed(Caller.MEMBER)
    @APIResponse(
            responseCode = "201",
            description = "Registered: a seat or a place on the waitlist",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already registered: the live registration",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationView.class)))
    public Response register(
            @PathParam("eventId") UUID eventId,
            @RequestBody(
                            required = false,
                            description = "optional: without a body the member does not share attendance")
                    @Valid
                    RegisterRequest request,
            UriInfo uri) {
        boolean sharing = request != null && request.sharing();
        String memberId = caller.memberId();
        Registered registered = lag.awaiting(() -> registerOnce(eventId, memberId, sharing));
        RegistrationView view = RegistrationView.of(registered);
        if (!registered.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                .entity(view)
                .build();
    }

    /** The member's registration, or, when a request of theirs registered them at the same moment, that one. */
    private Registered registerOnce(UUID eventId, String memberId, boolean sharing) {
        try {
            return desk.register(eventId, memberId, sharing);
        } catch (PersistenceException e) {
            if (!RegistrationDesk.lostToTheSameMember(e)) {
                throw e;
            }
            return desk.register(eventId, memberId, sharing); // finds the one that won
        }
    }

    @GET
    @Path("/registrations/me")
    public RegistrationView mine(@PathParam("eventId") UUID eventId) {
        return RegistrationView.of(desk.mine(eventId, caller.memberId()));
    }

    @GET
    @Path("/registrations")
    @RolesAllowed(Caller.COORDINATOR)
    public Page<RegistrationView> ofEvent(
            @PathParam("eventId") UUID eventId,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return desk.ofEvent(eventId, QueryValues.oneOf("status", status, RegistrationStatus.class), page, size)
                .map(RegistrationView::of);
    }

    @GET
    @Path("/registrations/{registrationId}")
    public RegistrationView get(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return RegistrationView.of(desk.find(eventId, registrationId, caller.memberId(), isCoordinator()));
    }

    /** Cancels a seat or an offer, or leaves the waitlist. */
    @DELETE
    @Path("/registrations/{registrationId}")
    public RegistrationView cancel(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return RegistrationView.of(desk.cancel(eventId, registrationId, caller.memberId(), isCoordinator()));
    }

    @POST
    @Path("/registrations/{registrationId}/claim")
    public RegistrationView claim(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return RegistrationView.of(desk.claim(eventId, registrationId, caller.memberId()));
    }

    @PUT
    @Path("/registrations/{registrationId}/attendance-sharing")
    public RegistrationView shareAttendance(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @Valid @NotNull AttendanceSharingRequest request) {
        return RegistrationView.of(desk.shareAttendance(eventId, registrationId, caller.memberId(), request.share()));
    }

    /** The waitlist in the order it is served. */
    @GET
    @Path("/waitlist")
    @RolesAllowed(Caller.COORDINATOR)
    public List<RegistrationView> waitlist(@PathParam("eventId") UUID eventId) {
        return desk.waitlist(eventId).stream().map(RegistrationView::of).toList();
    }

    private boolean isCoordinator() {
        return caller.hasRole(Caller.COORDINATOR);
    }
}
