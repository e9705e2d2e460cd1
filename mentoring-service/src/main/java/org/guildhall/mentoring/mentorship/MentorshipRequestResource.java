package org.guildhall.mentoring.mentorship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.readmodel.ReadModelLag;

/** Requests for mentoring: the mentee asks, the mentor answers; each sees only their own. */
@Path("/mentorship-requests")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class MentorshipRequestResource {

    private final MentoringRequests requests;
    private final Caller caller;
    private final ReadModelLag lag;

    MentorshipRequestResource(MentoringRequests requests, Caller caller, ReadModelLag lag) {
        this.requests = requests;
        this.caller = caller;
        this.lag = lag;
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = MentorshipRequestView.class)))
    public Response ask(@Valid @NotNull AskForMentoringRequest body, UriInfo uri) {
        MentorshipRequest request = lag.awaiting(
                () -> requests.ask(caller.memberId(), body.mentorId(), body.message(), body.goalsOrNone()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(request.id().toString())
                        .build())
                .entity(MentorshipRequestView.of(request))
                .build();
    }

    /** The caller's requests: those they sent ({@code as=mentee}, the default) or received ({@code as=mentor}). */
    @GET
    public Page<MentorshipRequestView> mine(
            @QueryParam("as") @DefaultValue("mentee") @Pattern(regexp = "mentee|mentor") String as,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return requests.mine(caller.memberId(), "mentor".equals(as), page, size).map(MentorshipRequestView::of);
    }

    @GET
    @Path("/{id}")
    public MentorshipRequestView get(@PathParam("id") UUID id) {
        return MentorshipRequestView.of(requests.find(id, caller.memberId()));
    }

    @POST
    @Path("/{id}/accept")
    @APIResponse(
            responseCode = "201",
            description = "Accepted: the mentorship begins",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MentorshipView.class)))
    public Response accept(@PathParam("id") UUID id, UriInfo uri) {
        Mentorship mentorship = lag.awaiting(() -> requests.accept(id, caller.memberId()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("mentorships")
                        .path(mentorship.id().toString())
                        .build())
                .entity(MentorshipView.of(mentorship))
                .build();
    }

    @POST
    @Path("/{id}/decline")
    public MentorshipRequestView decline(
            @PathParam("id") UUID id,
            @RequestBody(required = false, description = "optional: a reason the mentee reads") @Valid
                    DeclineMentoringRequest body) {
        return MentorshipRequestView.of(requests.decline(id, caller.memberId(), body == null ? null : body.reason()));
    }

    /** The mentee who asked takes a pending request back. */
    @POST
    @Path("/{id}/withdraw")
    public MentorshipRequestView withdraw(@PathParam("id") UUID id) {
        return MentorshipRequestView.of(requests.withdraw(id, caller.memberId()));
    }
}
