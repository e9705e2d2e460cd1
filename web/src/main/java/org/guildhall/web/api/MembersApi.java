package org.guildhall.web.api;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * members-service's public REST API (its README lists each operation), called with the signed-in person's access
 * token. Errors arrive as {@link ServiceProblem}.
 */
@RegisterRestClient(configKey = "members")
@RegisterProvider(AccessTokenPropagation.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MembersApi {

    @GET
    @Path("/tiers")
    List<Tier> tiers();

    @POST
    @Path("/members")
    Member join(Join join);

    @GET
    @Path("/members/me")
    Member me();

    @GET
    @Path("/members/{id}")
    Member member(@PathParam("id") String id);

    @PUT
    @Path("/members/me")
    Member updateMe(ProfileUpdate update);

    @DELETE
    @Path("/members/me")
    void eraseMe();

    @GET
    @Path("/members")
    Page<DirectoryEntry> directory(
            @QueryParam("q") String text,
            @QueryParam("skill") String skill,
            @QueryParam("topic") String topic,
            @QueryParam("industry") String industry,
            @QueryParam("careerStage") String careerStage,
            @QueryParam("location") String location,
            @QueryParam("openTo") String openTo,
            @QueryParam("goal") String goal,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/members/me/goals")
    List<Goal> goals();

    @POST
    @Path("/members/me/goals")
    Goal setGoal(NewGoal goal);

    @PUT
    @Path("/members/me/goals/{goalId}")
    Goal reviseGoal(@PathParam("goalId") String goalId, GoalRevision revision);

    @GET
    @Path("/members/me/contributions")
    Contributions contributions();

    @GET
    @Path("/connections")
    Page<Connection> connections();

    @POST
    @Path("/connections/requests")
    ConnectionRequest requestConnection(NewConnectionRequest request);

    @GET
    @Path("/connections/requests")
    Page<ConnectionRequest> connectionRequests(@QueryParam("direction") String direction);

    @POST
    @Path("/connections/requests/{id}/acceptance")
    Response acceptConnection(@PathParam("id") String id);

    @POST
    @Path("/connections/requests/{id}/decline")
    Response declineConnection(@PathParam("id") String id, Decline decline);

    @DELETE
    @Path("/connections/requests/{id}")
    void withdrawConnectionRequest(@PathParam("id") String id);

    @GET
    @Path("/introductions")
    Page<Introduction> introductions();

    @POST
    @Path("/introductions")
    Introduction askForIntroduction(IntroductionAsk ask);

    @POST
    @Path("/introductions/direct")
    Introduction introduce(DirectIntroduction introduction);

    @POST
    @Path("/introductions/{id}/forward")
    Introduction forwardIntroduction(@PathParam("id") String id);

    @POST
    @Path("/introductions/{id}/accept")
    Introduction acceptIntroduction(@PathParam("id") String id);

    @POST
    @Path("/introductions/{id}/decline")
    Introduction declineIntroduction(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException problem(Response response) {
        return ProblemReader.read("members-service", response);
    }

    record Tier(String code, String name, int durationMonths, boolean requiresApproval) {}

    record Join(String displayName, String email, String headline, String location, String timeZone, String tier) {}

    record Member(
            String id,
            String displayName,
            String tier,
            String status,
            String email,
            String headline,
            String bio,
            String industry,
            String careerStage,
            String location,
            String timeZone,
            List<String> skills,
            List<String> topics,
            List<String> languages,
            Set<String> openTo,
            List<Goal> goals,
            Contributions contributions,
            Map<String, String> visibility) {

        public boolean pending() {
            return "PENDING".equals(status);
        }

        public boolean inGoodStanding() {
            return "ACTIVE".equals(status) || "GRACE".equals(status);
        }
    }

    record ProfileUpdate(
            String displayName,
            String headline,
            String bio,
            String industry,
            String careerStage,
            String location,
            String timeZone,
            List<String> skills,
            List<String> topics,
            List<String> languages,
            Set<String> openTo,
            Map<String, String> visibility) {}

    record DirectoryEntry(
            String id,
            String displayName,
            String tier,
            String headline,
            String industry,
            String careerStage,
            String location,
            List<String> skills,
            List<String> topics,
            Set<String> openTo) {}

    record Goal(
            String id,
            String kind,
            String description,
            LocalDate targetDate,
            String status,
            Instant createdAt,
            Progress progress) {}

    record Progress(long connectionsMade, long eventsAttended, long mentorshipsStarted, BigDecimal volunteerHours) {}

    record NewGoal(String kind, String description, LocalDate targetDate) {}

    record GoalRevision(String description, LocalDate targetDate, String status) {}

    record Contributions(
            long eventsAttended,
            BigDecimal volunteerHours,
            long menteesMentored,
            long informationalInterviewsGiven,
            long appreciationsReceived,
            long connectionsMade) {}

    record Connection(String connectionId, String memberId, String displayName, String via, Instant establishedAt) {}

    record NewConnectionRequest(String recipientId, String note) {}

    record ConnectionRequest(
            String id, String requesterId, String recipientId, String note, String status, Instant requestedAt) {}

    record Decline(boolean block) {}

    record Introduction(
            String id,
            String requesterId,
            String introducerId,
            String targetId,
            String reason,
            String status,
            boolean direct,
            Instant expiresAt,
            Instant createdAt) {}

    /** Ask {@code introducerId}, a connection, to introduce the caller to {@code targetId}, one of theirs. */
    record IntroductionAsk(String introducerId, String targetId, String reason) {}

    /** Introduce two of the caller's connections to each other; both must accept. */
    record DirectIntroduction(String firstMemberId, String secondMemberId, String reason) {}
}
