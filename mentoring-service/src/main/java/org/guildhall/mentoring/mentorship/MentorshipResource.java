package org.guildhall.mentoring.mentorship;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;

/** Mentorships, their sessions and goals: only the mentor and the mentee reach them. */
@Path("/mentorships")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class MentorshipResource {

    private final Mentorships mentorships;
    private final Caller caller;

    MentorshipResource(Mentorships mentorships, Caller caller) {
        this.mentorships = mentorships;
        this.caller = caller;
    }

    @GET
    public Page<MentorshipView> mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return mentorships.mine(caller.memberId(), page, size).map(MentorshipView::of);
    }

    @GET
    @Path("/{id}")
    public MentorshipView get(@PathParam("id") UUID id) {
        return MentorshipView.of(mentorships.find(id, caller.memberId()));
    }

    @POST
    @Path("/{id}/complete")
    public MentorshipView complete(
            @PathParam("id") UUID id,
            @RequestBody(required = false, description = "optional: a closing note") @Valid
                    FinishMentorshipRequest body) {
        return MentorshipView.of(mentorships.complete(id, caller.memberId(), body == null ? null : body.feedback()));
    }

    @POST
    @Path("/{id}/end")
    public MentorshipView end(
            @PathParam("id") UUID id,
            @RequestBody(required = false, description = "optional: a closing note") @Valid
                    FinishMentorshipRequest body) {
        return MentorshipView.of(mentorships.end(
                id, caller.memberId(), body == null ? null : body.reason(), body == null ? null : body.feedback()));
    }

    @POST
    @Path("/{id}/sessions")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    public Response logSession(@PathParam("id") UUID id, @Valid @NotNull LogSessionRequest body, UriInfo uri) {
        MentorshipSession session = mentorships.logSession(
                id,
                caller.memberId(),
                body.sessionDate(),
                body.durationMinutes(),
                body.topicsOrNone(),
                body.privateNotes());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(session.id().toString())
                        .build())
                .entity(SessionView.of(session))
                .build();
    }

    @GET
    @Path("/{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") UUID id) {
        return mentorships.sessions(id, caller.memberId()).stream()
                .map(SessionView::of)
                .toList();
    }

    @POST
    @Path("/{id}/goals/progress")
    public MentorshipView progressGoal(@PathParam("id") UUID id, @Valid @NotNull ProgressGoalRequest body) {
        return MentorshipView.of(mentorships.progressGoal(id, caller.memberId(), body.goal()));
    }
}
