package org.guildhall.events.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;

@Path("/events")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
public class EventResource {

    private final EventCatalogue catalogue;
    private final Caller caller;

    EventResource(EventCatalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventView.class)))
    public Response create(@Valid @NotNull EventRequest request, UriInfo uri) {
        Event event = catalogue.draft(request.details(), caller.memberId());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(event.id().toString()).build())
                .entity(EventView.of(event))
                .build();
    }

    /**
     * Published events by default; coordinators may also ask for drafts. {@code from}/{@code to} select events that
     * overlap the range.
     */
    @GET
    public Page<EventView> browse(
            @QueryParam("from") String fromText,
            @QueryParam("to") String toText,
            @QueryParam("type") String typeText,
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 100) String text,
            @QueryParam("hasSeats") Boolean hasSeats,
            @QueryParam("status") List<String> statusTexts,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Instant from = QueryValues.instant("from", fromText);
        Instant to = QueryValues.instant("to", toText);
        EventKind type = QueryValues.oneOf("type", typeText, EventKind.class);
        List<EventStatus> wanted = statusTexts == null || statusTexts.isEmpty()
                ? List.of(EventStatus.PUBLISHED)
                : statusTexts.stream()
                        .map(value -> QueryValues.oneOf("status", value, EventStatus.class))
                        .toList();
        if (wanted.contains(EventStatus.DRAFT) && !caller.hasRole(Caller.COORDINATOR)) {
            throw ProblemException.forbidden("Only coordinators see draft events");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.badRequest("invalid-range", "to: must be after from");
        }
        return catalogue
                .browse(new EventRepository.EventFilter(wanted, from, to, type, text, hasSeats), page, size)
                .map(EventView::of);
    }

    @GET
    @Path("/{id}")
    public EventView get(@PathParam("id") UUID id) {
        return EventView.of(catalogue.find(id, caller.hasRole(Caller.COORDINATOR)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Caller.COORDINATOR)
    public EventView edit(@PathParam("id") UUID id, @Valid @NotNull EventRequest request) {
        return EventView.of(catalogue.edit(id, request.details()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Caller.COORDINATOR)
    public EventView publish(@PathParam("id") UUID id) {
        return EventView.of(catalogue.publish(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Caller.COORDINATOR)
    public EventView cancel(@PathParam("id") UUID id, @Valid @NotNull CancelEventRequest request) {
        return EventView.of(catalogue.cancel(id, request.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Caller.COORDINATOR)
    public EventView complete(@PathParam("id") UUID id) {
        return EventView.of(catalogue.complete(id));
    }
}
