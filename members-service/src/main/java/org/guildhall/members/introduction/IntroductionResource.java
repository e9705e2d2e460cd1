package org.guildhall.members.introduction;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.membership.GoodStanding;

@Path("/introductions")
@RolesAllowed(Caller.MEMBER)
public class IntroductionResource {

    private final Introductions introductions;
    private final Caller caller;
    private final GoodStanding standing;

    IntroductionResource(Introductions introductions, Caller caller, GoodStanding standing) {
        this.introductions = introductions;
        this.caller = caller;
        this.standing = standing;
    }

    /** Introductions the caller asked for, makes, or is asked about; newest first. */
    @GET
    public Page<IntroductionView> mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return introductions.involving(caller.memberId(), page, size).map(IntroductionView::of);
    }

    /** Ask a connection to introduce the caller to one of theirs. */
    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = IntroductionView.class)))
    public Response askFor(@Valid @NotNull AskForIntroductionRequest request, UriInfo uri) {
        standing.require(caller);
        return created(
                introductions.askFor(caller.memberId(), request.introducerId(), request.targetId(), request.reason()),
                uri);
    }

    /** Introduce two of the caller's connections to each other; both must accept. */
    @POST
    @Path("/direct")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = IntroductionView.class)))
    public Response make(@Valid @NotNull MakeIntroductionRequest request, UriInfo uri) {
        standing.require(caller);
        return created(
                introductions.make(
                        caller.memberId(), request.firstMemberId(), request.secondMemberId(), request.reason()),
                uri);
    }

    @POST
    @Path("/{id}/forward")
    public IntroductionView forward(@PathParam("id") UUID id) {
        standing.require(caller);
        return IntroductionView.of(introductions.forward(id, caller.memberId()));
    }

    @POST
    @Path("/{id}/accept")
    public IntroductionView accept(@PathParam("id") UUID id) {
        standing.require(caller);
        return IntroductionView.of(introductions.accept(id, caller.memberId()));
    }

    @POST
    @Path("/{id}/decline")
    public IntroductionView decline(@PathParam("id") UUID id) {
        return IntroductionView.of(introductions.decline(id, caller.memberId()));
    }

    private static Response created(Introduction introduction, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("introductions")
                        .path(introduction.id().toString())
                        .build())
                .entity(IntroductionView.of(introduction))
                .build();
    }
}
