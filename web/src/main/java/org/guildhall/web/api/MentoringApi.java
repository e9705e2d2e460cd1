package org.guildhall.web.api;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * mentoring-service's public REST API (its README lists each operation), called with the signed-in person's access
 * token. Errors arrive as {@link ServiceProblem}.
 */
@RegisterRestClient(configKey = "mentoring")
@RegisterProvider(AccessTokenPropagation.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MentoringApi {

    @GET
    @Path("/topics")
    List<String> topics();

    @GET
    @Path("/mentors/me")
    MentorProfile myMentorProfile();

    @PUT
    @Path("/mentors/{id}")
    MentorProfile publishMentorProfile(@PathParam("id") String memberId, MentorTerms terms);

    @GET
    @Path("/mentees/me")
    MenteeProfile myMenteeProfile();

    @PUT
    @Path("/mentees/{id}")
    MenteeProfile declareMenteeProfile(@PathParam("id") String memberId, MenteeTerms terms);

    @GET
    @Path("/mentees/me/suggestions")
    List<Suggestion> suggestions(@QueryParam("limit") int limit);

    @POST
    @Path("/mentorship-requests")
    MentorshipRequest ask(Ask ask);

    @GET
    @Path("/mentorship-requests")
    Page<MentorshipRequest> requests(@QueryParam("as") String as);

    @POST
    @Path("/mentorship-requests/{id}/accept")
    Response accept(@PathParam("id") String id);

    @POST
    @Path("/mentorship-requests/{id}/decline")
    Response decline(@PathParam("id") String id, Decline decline);

    @POST
    @Path("/mentorship-requests/{id}/withdraw")
    Response withdraw(@PathParam("id") String id);

    @GET
    @Path("/mentorships")
    Page<Mentorship> mentorships();

    // Cohort programmes, as a coordinator runs them.

    @GET
    @Path("/programmes")
    Page<Programme> programmes(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/programmes")
    Programme openProgramme(ProgrammeForm programme);

    @GET
    @Path("/programmes/{id}")
    Programme programme(@PathParam("id") String id);

    @GET
    @Path("/reports/mentoring")
    MentoringReport mentoringReport(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/programmes/{id}/overview")
    ProgrammeOverview programmeOverview(@PathParam("id") String id);

    @POST
    @Path("/programmes/{id}/pair-rules")
    Programme pairRule(@PathParam("id") String id, PairRuleForm rule);

    @POST
    @Path("/programmes/{id}/matching")
    Response runMatching(@PathParam("id") String id, MatchingForm matching);

    @POST
    @Path("/programmes/{id}/publish")
    Programme publishProgramme(@PathParam("id") String id);

    @GET
    @Path("/mentorships/{id}")
    Mentorship mentorship(@PathParam("id") String id);

    @POST
    @Path("/mentorships/{id}/complete")
    Mentorship complete(@PathParam("id") String id, Finish finish);

    @POST
    @Path("/mentorships/{id}/end")
    Mentorship end(@PathParam("id") String id, Finish finish);

    @GET
    @Path("/mentorships/{id}/sessions")
    List<Session> sessions(@PathParam("id") String id);

    @POST
    @Path("/mentorships/{id}/sessions")
    Response logSession(@PathParam("id") String id, SessionLog session);

    @PUT
    @Path("/interview-hosts/{id}")
    Response setInterviewLimit(@PathParam("id") String memberId, HostLimit limit);

    @POST
    @Path("/informational-interviews")
    Response askForInterview(InterviewAsk ask);

    @GET
    @Path("/informational-interviews")
    Page<Interview> interviews(@QueryParam("as") String as);

    @POST
    @Path("/informational-interviews/{id}/accept")
    Interview acceptInterview(@PathParam("id") String id, InterviewTime time);

    @POST
    @Path("/informational-interviews/{id}/propose")
    Interview proposeInterviewTime(@PathParam("id") String id, InterviewTime time);

    @POST
    @Path("/informational-interviews/{id}/accept-proposal")
    Interview acceptInterviewProposal(@PathParam("id") String id);

    @POST
    @Path("/informational-interviews/{id}/decline")
    Interview declineInterview(@PathParam("id") String id);

    @POST
    @Path("/informational-interviews/{id}/complete")
    Interview completeInterview(@PathParam("id") String id);

    @POST
    @Path("/appreciations")
    Response thank(Thanks thanks);

    @GET
    @Path("/appreciations/received")
    Page<Appreciation> appreciationsReceived();

    @GET
    @Path("/appreciations/prompts")
    List<ThanksPrompt> thanksPrompts();

    @ClientExceptionMapper
    static RuntimeException problem(Response response) {
        return ProblemReader.read("mentoring-service", response);
    }

    record MentorProfile(
            String memberId,
            String displayName,
            String headline,
            List<String> topics,
            List<String> industries,
            List<String> offers,
            List<String> languages,
            String timeZone,
            int capacity,
            int activeMentees,
            boolean acceptingRequests) {}

    record MentorTerms(
            List<String> topics,
            List<String> industries,
            List<String> offers,
            List<String> languages,
            String timeZone,
            Integer capacity,
            Boolean acceptingRequests) {}

    record MenteeProfile(
            String memberId,
            String displayName,
            List<String> goals,
            List<String> topics,
            List<String> industries,
            List<String> languages,
            List<String> seeking) {}

    record MenteeTerms(
            List<String> goals,
            List<String> topics,
            List<String> industries,
            List<String> languages,
            List<String> seeking,
            Boolean mustShareLanguage,
            Integer maxHoursApart) {}

    record Suggestion(String mentorId, String displayName, String headline, int score, List<Criterion> criteria) {}

    /** One criterion of a fit: its weight, how far it is met (0 to 1), the points it gives and why. */
    record Criterion(String name, double weight, double met, double points, String explanation) {

        public boolean fullyMet() {
            return met >= 1.0;
        }
    }

    record Ask(String mentorId, String message, List<String> goals) {}

    record Decline(String reason) {}

    record MentorshipRequest(
            String id,
            String mentorId,
            String menteeId,
            String message,
            List<String> goals,
            String status,
            String declineReason,
            Instant requestedAt,
            Instant expiresAt,
            Instant answeredAt) {}

    record Mentorship(String id, String mentorId, String menteeId, String status, Instant startedAt, Instant endedAt) {}

    record Programme(
            String id,
            String name,
            String coordinatorId,
            Instant enrolmentOpensAt,
            Instant enrolmentClosesAt,
            String status,
            int mentors,
            int mentorPlaces,
            int mentees,
            boolean previewReady,
            Instant publishedAt) {}

    record ProgrammeForm(String name, Instant enrolmentOpensAt, Instant enrolmentClosesAt) {}

    record PairRuleForm(String mentorId, String menteeId, String rule) {}

    record MatchingForm(String objective, Integer candidatesPerMentee) {}

    record ProgrammeOverview(
            String programmeId,
            List<Enrolled> mentors,
            List<Enrolled> mentees,
            List<NamedRule> pairRules,
            Preview preview) {}

    record Enrolled(String memberId, String displayName, int capacity, Instant enrolledAt) {}

    record NamedRule(String mentorId, String mentorName, String menteeId, String menteeName, String rule) {}

    record Preview(
            String objective,
            List<Pair> pairs,
            List<Unmatched> unmatched,
            int mentees,
            double matchedShare,
            double meanScore,
            Instant ranAt) {}

    record Pair(
            String mentorId,
            String mentorName,
            String menteeId,
            String menteeName,
            int score,
            boolean pinned,
            List<Criterion> criteria) {}

    record Unmatched(String menteeId, String menteeName, String reason) {}
    /** Completing or ending a mentorship: an optional reason (when ending early) and feedback. */
    record Finish(String reason, String feedback) {}

    /** A logged session; its notes are the pair's only. */
    record Session(
            String id,
            LocalDate sessionDate,
            int durationMinutes,
            List<String> topics,
            String privateNotes,
            String loggedBy,
            Instant loggedAt) {}

    record SessionLog(LocalDate sessionDate, Integer durationMinutes, List<String> topics, String privateNotes) {}

    record HostLimit(Integer monthlyLimit) {}

    record InterviewAsk(String hostId, String topic, String message, List<Instant> proposedTimes) {}

    record InterviewTime(Instant time) {}

    /** An informational interview; {@code status} is REQUESTED, ACCEPTED, DECLINED or COMPLETED. */
    record Interview(
            String id,
            String requesterId,
            String hostId,
            String topic,
            String message,
            List<Instant> proposedTimes,
            Instant otherTimeProposed,
            String status,
            Instant scheduledFor,
            Instant requestedAt,
            Instant completedAt) {}

    /** A thank-you for a MENTORSHIP, SESSION, INTERVIEW, EVENT or VOLUNTEER_SHIFT (its {@code contextId}). */
    record Thanks(String toMemberId, String context, String contextId, String message) {}

    record Appreciation(
            String id,
            String fromMemberId,
            String toMemberId,
            String context,
            String contextId,
            String message,
            Instant sentAt) {}

    /** A completed session or interview of the last 30 days the member has not thanked the other for. */
    record ThanksPrompt(String toMemberId, String context, String contextId, Instant happenedAt) {}

    /** mentoring-service's report: requests, acceptances, mentorships and sessions by month; programme match rates. */
    record MentoringReport(String from, String to, List<MentoringMonth> months, List<ProgrammeLine> programmes) {}

    record MentoringMonth(
            String month,
            long requests,
            long acceptances,
            long started,
            long active,
            long sessions,
            long sessionMinutes) {}

    record ProgrammeLine(
            String id,
            String name,
            String status,
            Instant openedAt,
            long mentors,
            long mentees,
            long matched,
            Double matchRate) {

        /** The match rate in whole per cent, -1 before the programme is published. */
        public long matchPercent() {
            return matchRate == null ? -1 : Math.round(matchRate * 100);
        }
    }
}
