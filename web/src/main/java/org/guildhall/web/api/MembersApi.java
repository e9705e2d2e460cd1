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

    /** An imported person claims the membership kept under their token's verified e-mail address (issue 16). */
    @POST
    @Path("/members/me/claim")
    Member claim();

    // --- a member's own data (issue 16): ask for the archive, see its progress, download it

    @POST
    @Path("/members/me/data-exports")
    DataExport requestDataExport();

    @GET
    @Path("/members/me/data-exports/{id}")
    DataExport dataExport(@PathParam("id") String id);

    /**
     * The archive as members-service sends it ({@code application/zip}): a {@link Response} so that its body is read as
     * a stream, never held whole in memory here. The caller closes it.
     */
    @GET
    @Path("/members/me/data-exports/{id}/archive")
    @Produces({"application/zip", "application/problem+json"})
    Response dataArchive(@PathParam("id") String id);

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

    // --- administration (admin): the roll, a member's history, the membership verbs, the erasure log

    @GET
    @Path("/admin/members")
    Page<RollEntry> roll(
            @QueryParam("status") String status,
            @QueryParam("q") String text,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/members/{id}/status-history")
    List<StatusChange> statusHistory(@PathParam("id") String id);

    @POST
    @Path("/members/{id}/approval")
    Response approve(@PathParam("id") String id);

    @POST
    @Path("/members/{id}/rejection")
    Response reject(@PathParam("id") String id, MembershipChange change);

    @POST
    @Path("/members/{id}/renewals")
    Response renew(@PathParam("id") String id);

    @PUT
    @Path("/members/{id}/tier")
    Response changeTier(@PathParam("id") String id, MembershipChange change);

    @POST
    @Path("/members/{id}/suspension")
    Response suspend(@PathParam("id") String id, MembershipChange change);

    @POST
    @Path("/members/{id}/reinstatement")
    Response reinstate(@PathParam("id") String id, MembershipChange change);

    @GET
    @Path("/admin/erasures")
    Page<Erasure> erasures(@QueryParam("page") int page, @QueryParam("size") int size);

    // --- reports (coordinator, admin)

    @GET
    @Path("/reports/membership")
    MembershipReport membershipReport(@QueryParam("from") String from, @QueryParam("to") String to);

    @ClientExceptionMapper
    static RuntimeException problem(Response response) {
        return ProblemReader.read("members-service", response);
    }

    /**
     * A request for a copy of the member's data: {@code COLLECTING} while {@code waitingFor} names services (their
     * names as members-service gives them, {@code events-service}) whose part is not in yet, then {@code READY} to
     * download until {@code expiresAt}.
     */
    record DataExport(
            String id,
            String status,
            List<String> received,
            List<String> waitingFor,
            Instant requestedAt,
            Instant readyAt,
            Instant expiresAt) {

        public boolean ready() {
            return "READY".equals(status);
        }

        public List<String> waitingFor() {
            return waitingFor == null ? List.of() : waitingFor;
        }
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

    record RollEntry(
            String id,
            String displayName,
            String email,
            String tier,
            String status,
            String statusReason,
            Instant joinedAt,
            Instant expiresAt) {}

    record StatusChange(
            String from,
            String to,
            String tier,
            Instant expiresAt,
            String reason,
            String changedBy,
            Instant changedAt) {}

    record MembershipChange(String reason, String tier) {}

    record Erasure(
            String pseudonym, String requestedBy, Instant erasedAt, String service, List<ErasedFeature> features) {}

    record ErasedFeature(String feature, long rows) {}

    record MembershipReport(String from, String to, List<MembershipMonth> months, List<TierStatus> byTierAndStatus) {}

    record MembershipMonth(String month, long joins, long renewals, long lapses, long active) {}

    record TierStatus(String tier, String status, long members) {}
}
