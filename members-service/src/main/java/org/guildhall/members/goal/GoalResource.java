package org.guildhall.members.goal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;

/** The caller's networking goals, with the progress the platform has seen. */
@Path("/members/me/goals")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class GoalResource {

    private final Goals goals;
    private final Caller caller;

    GoalResource(Goals goals, Caller caller) {
        this.goals = goals;
        this.caller = caller;
    }

    @GET
    public List<GoalView> mine() {
        return goals.of(caller.memberId());
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GoalView.class)))
    public Response set(@Valid @NotNull SetGoalRequest request, UriInfo uri) {
        GoalView goal = goals.set(caller.memberId(), request.kind(), request.description(), request.targetDate());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(goal.id().toString()).build())
                .entity(goal)
                .build();
    }

    /** The goal a {@code POST} answered, at its {@code Location}. */
    @GET
    @Path("/{goalId}")
    public GoalView one(@PathParam("goalId") UUID goalId) {
        return goals.one(caller.memberId(), goalId);
    }

    @PUT
    @Path("/{goalId}")
    public GoalView revise(@PathParam("goalId") UUID goalId, @Valid @NotNull ReviseGoalRequest request) {
        return goals.revise(caller.memberId(), goalId, request.description(), request.targetDate(), request.status());
    }

    @DELETE
    @Path("/{goalId}")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("goalId") UUID goalId) {
        goals.remove(caller.memberId(), goalId);
        return Response.noContent().build();
    }
}
