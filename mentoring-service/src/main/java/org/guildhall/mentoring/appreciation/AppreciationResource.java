package org.guildhall.mentoring.appreciation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;

/** Thank-yous: sent by the caller, received by the caller, and prompts to send them. */
@Path("/appreciations")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class AppreciationResource {

    private final Appreciations appreciations;
    private final Caller caller;

    AppreciationResource(Appreciations appreciations, Caller caller) {
        this.appreciations = appreciations;
        this.caller = caller;
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = AppreciationView.class)))
    public Response send(@Valid @NotNull SendAppreciationRequest request, UriInfo uri) {
        Appreciation appreciation = appreciations.send(
                caller.memberId(), request.toMemberId(), request.context(), request.contextId(), request.message());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(appreciation.id().toString())
                        .build())
                .entity(AppreciationView.of(appreciation))
                .build();
    }

    @GET
    @Path("/{id}")
    public AppreciationView get(@PathParam("id") java.util.UUID id) {
        return AppreciationView.of(appreciations.find(id, caller.memberId()));
    }

    @GET
    @Path("/received")
    public Page<AppreciationView> received(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return appreciations.received(caller.memberId(), page, size).map(AppreciationView::of);
    }

    @GET
    @Path("/prompts")
    public List<AppreciationPrompt> prompts() {
        return appreciations.prompts(caller.memberId());
    }
}
