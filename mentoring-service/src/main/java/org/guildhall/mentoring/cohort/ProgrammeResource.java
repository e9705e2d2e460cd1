package org.guildhall.mentoring.cohort;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.edge.Expensive;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.kit.readmodel.ReadModelLag;

/** Cohort programmes: coordinators run them, members enrol themselves. */
@Path("/programmes")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class ProgrammeResource {

    private final CohortProgrammes programmes;
    private final Caller caller;
    private final ReadModelLag lag;

    ProgrammeResource(CohortProgrammes programmes, Caller caller, ReadModelLag lag) {
        this.programmes = programmes;
        this.caller = caller;
        this.lag = lag;
    }

    @POST
    @RolesAllowed(Caller.COORDINATOR)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeView.class)))
    public Response open(@Valid @NotNull OpenProgrammeRequest request, UriInfo uri) {
        Programme programme = programmes.open(
                caller.memberId(), request.name(), request.enrolmentOpensAt(), request.enrolmentClosesAt());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(programme.id().toString())
                        .build())
                .entity(view(programme))
                .build();
    }

    /**
     * Coordinators and admins list every programme; members those open for enrolment now and those they are
     * enrolled in. Newest first.
     */
    @GET
    public Page<ProgrammeView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return programmes.list(caller.memberId(), runsProgrammes(), page, size).map(this::view);
    }

    /** Any member may read a programme (they enrol by its id); its pair rules only who runs programmes. */
    @GET
    @Path("/{id}")
    public ProgrammeView get(@PathParam("id") UUID id) {
        return view(programmes.find(id));
    }

    @POST
    @Path("/{id}/mentors")
    public ProgrammeView enrolAsMentor(@PathParam("id") UUID id, @Valid @NotNull EnrolAsMentorRequest request) {
        return view(lag.awaiting(() -> programmes.enrolMentor(id, caller.memberId(), request.capacity())));
    }

    @POST
    @Path("/{id}/mentees")
    public ProgrammeView enrolAsMentee(@PathParam("id") UUID id) {
        return view(lag.awaiting(() -> programmes.enrolMentee(id, caller.memberId())));
    }

    @POST
    @Path("/{id}/pair-rules")
    @RolesAllowed(Caller.COORDINATOR)
    public ProgrammeView rule(@PathParam("id") UUID id, @Valid @NotNull PairRuleRequest request) {
        return view(programmes.rule(id, new PairRule(request.mentorId(), request.menteeId(), request.rule())));
    }

    @POST
    @Path("/{id}/matching")
    @RolesAllowed(Caller.COORDINATOR)
    @Expensive
    public MatchPreview runMatching(
            @PathParam("id") UUID id,
            @RequestBody(
                            required = false,
                            description =
                                    "optional: the weights and rules of this run; without it, the programme's own")
                    @Valid
                    RunMatchingRequest request) {
        RunMatchingRequest run = request == null ? new RunMatchingRequest(null, null) : request;
        return programmes.runMatching(id, run.objectiveOrDefault(), run.candidatesOrDefault());
    }

    @GET
    @Path("/{id}/matching")
    @RolesAllowed(Caller.COORDINATOR)
    public MatchPreview preview(@PathParam("id") UUID id) {
        MatchPreview preview = programmes.find(id).preview();
        if (preview == null) {
            throw ProblemException.notFound("preview", id.toString());
        }
        return preview;
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Caller.COORDINATOR)
    public ProgrammeView publish(@PathParam("id") UUID id) {
        return view(programmes.publish(id));
    }

    private ProgrammeView view(Programme programme) {
        return ProgrammeView.of(programme, caller.memberId(), runsProgrammes());
    }

    private boolean runsProgrammes() {
        return caller.hasRole(Caller.COORDINATOR) || caller.hasRole(Caller.ADMIN);
    }
}
