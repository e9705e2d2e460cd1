package org.guildhall.mentoring.interview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.readmodel.ReadModelLag;

/** Informational interviews and hosts' monthly limits. */
@Path("/")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class InterviewResource {

    private final InformationalInterviews interviews;
    private final Caller caller;
    private final ReadModelLag lag;

    InterviewResource(InformationalInterviews interviews, Caller caller, ReadModelLag lag) {
        this.interviews = interviews;
        this.caller = caller;
        this.lag = lag;
    }

    @PUT
    @Path("interview-hosts/{id}")
    public Map<String, Object> setLimit(@PathParam("id") String id, @Valid @NotNull HostLimitRequest request) {
        caller.requireSelfOr(id, Caller.ADMIN);
        return Map.of(
                "memberId",
                id,
                "monthlyLimit",
                lag.awaiting(() -> interviews.setMonthlyLimit(id, request.monthlyLimit())));
    }

    @POST
    @Path("informational-interviews")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InterviewView.class)))
    public Response request(@Valid @NotNull RequestInterviewRequest request, UriInfo uri) {
        InformationalInterview interview = lag.awaiting(() -> interviews.request(
                caller.memberId(), request.hostId(), request.topic(), request.message(), request.proposedTimes()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(interview.id().toString())
                        .build())
                .entity(InterviewView.of(interview))
                .build();
    }

    @GET
    @Path("informational-interviews")
    public Page<InterviewView> mine(
            @QueryParam("as") @DefaultValue("requester") @Pattern(regexp = "requester|host") String as,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return interviews.mine(caller.memberId(), "host".equals(as), page, size).map(InterviewView::of);
    }

    @GET
    @Path("informational-interviews/{id}")
    public InterviewView get(@PathParam("id") UUID id) {
        return InterviewView.of(interviews.find(id, caller.memberId()));
    }

    @POST
    @Path("informational-interviews/{id}/accept")
    public InterviewView accept(@PathParam("id") UUID id, @Valid @NotNull InterviewTimeRequest request) {
        return InterviewView.of(lag.awaiting(() -> interviews.accept(id, caller.memberId(), request.time())));
    }

    @POST
    @Path("informational-interviews/{id}/propose")
    public InterviewView propose(@PathParam("id") UUID id, @Valid @NotNull InterviewTimeRequest request) {
        return InterviewView.of(interviews.proposeAnotherTime(id, caller.memberId(), request.time()));
    }

    @POST
    @Path("informational-interviews/{id}/accept-proposal")
    public InterviewView acceptProposal(@PathParam("id") UUID id) {
        return InterviewView.of(interviews.acceptProposedTime(id, caller.memberId()));
    }

    @POST
    @Path("informational-interviews/{id}/decline")
    public InterviewView decline(@PathParam("id") UUID id) {
        return InterviewView.of(interviews.decline(id, caller.memberId()));
    }

    @POST
    @Path("informational-interviews/{id}/complete")
    public InterviewView complete(@PathParam("id") UUID id) {
        return InterviewView.of(interviews.complete(id, caller.memberId()));
    }
}
