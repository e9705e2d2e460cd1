package org.guildhall.mentoring.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.guildhall.kit.http.ETags;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.readmodel.ReadModelLag;
import org.guildhall.mentoring.membership.ProfileAudience;
import org.guildhall.mentoring.membership.Visibility;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Mentor and mentee profiles, and the topics they may name. Profiles carry their version as {@code ETag}; a
 * {@code PUT} with {@code If-Match} changes them only if nobody did since (412 otherwise).
 */
@Path("/")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class ProfileResource {

    private final MentoringProfiles profiles;
    private final Caller caller;
    private final ProfileAudience audience;
    private final ReadModelLag lag;

    ProfileResource(MentoringProfiles profiles, Caller caller, ProfileAudience audience, ReadModelLag lag) {
        this.profiles = profiles;
        this.caller = caller;
        this.audience = audience;
        this.lag = lag;
    }

    @GET
    @Path("topics")
    public List<String> topics() {
        return profiles.topics();
    }

    @PUT
    @Path("mentors/{id}")
    public RestResponse<MentorProfileView> publishMentor(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PublishMentorProfileRequest request) {
        caller.requireSelfOr(id, Caller.ADMIN);
        return tagged(lag.awaiting(() -> profiles.publishMentor(id, request.terms(), ifMatch)));
    }

    @GET
    @Path("mentors/me")
    public RestResponse<MentorProfileView> myMentorProfile() {
        return tagged(profiles.mentor(caller.memberId(), Visibility.PRIVATE));
    }

    /** Mentor profiles are what members choose mentors by: every member may read them. */
    @GET
    @Path("mentors/{id}")
    public RestResponse<MentorProfileView> mentor(@PathParam("id") String id) {
        return tagged(profiles.mentor(id, audience.of(caller, id)));
    }

    @PUT
    @Path("mentees/{id}")
    public RestResponse<MenteeProfileView> declareMentee(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeclareMenteeProfileRequest request) {
        caller.requireSelfOr(id, Caller.ADMIN);
        return tagged(lag.awaiting(() -> profiles.declareMentee(id, request.terms(), ifMatch)));
    }

    @GET
    @Path("mentees/me")
    public RestResponse<MenteeProfileView> myMenteeProfile() {
        return tagged(profiles.mentee(caller.memberId(), Visibility.PRIVATE));
    }

    @GET
    @Path("mentees/{id}")
    public RestResponse<MenteeProfileView> mentee(@PathParam("id") String id) {
        caller.requireSelfOr(id, Caller.COORDINATOR, Caller.ADMIN);
        return tagged(profiles.mentee(id, audience.of(caller, id)));
    }

    private static <T> RestResponse<T> tagged(Versioned<T> profile) {
        return RestResponse.ResponseBuilder.ok(profile.view())
                .tag(ETags.of(profile.version()))
                .build();
    }
}
