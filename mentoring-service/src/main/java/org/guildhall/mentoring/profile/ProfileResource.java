package org.guildhall.mentoring.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.guildhall.kit.identity.Caller;

/** Mentor and mentee profiles, and the topics they may name. */
@Path("/")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class ProfileResource {

    private final MentoringProfiles profiles;
    private final Caller caller;

    ProfileResource(MentoringProfiles profiles, Caller caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @Path("topics")
    public List<String> topics() {
        return profiles.topics();
    }

    @PUT
    @Path("mentors/{id}")
    public MentorProfileView publishMentor(
            @PathParam("id") String id, @Valid @NotNull PublishMentorProfileRequest request) {
        caller.requireSelfOr(id, Caller.ADMIN);
        return profiles.publishMentor(id, request.terms());
    }

    @GET
    @Path("mentors/me")
    public MentorProfileView myMentorProfile() {
        return profiles.mentor(caller.memberId());
    }

    /** Mentor profiles are what members choose mentors by: every member may read them. */
    @GET
    @Path("mentors/{id}")
    public MentorProfileView mentor(@PathParam("id") String id) {
        return profiles.mentor(id);
    }

    @PUT
    @Path("mentees/{id}")
    public MenteeProfileView declareMentee(
            @PathParam("id") String id, @Valid @NotNull DeclareMenteeProfileRequest request) {
        caller.requireSelfOr(id, Caller.ADMIN);
        return profiles.declareMentee(id, request.terms());
    }

    @GET
    @Path("mentees/me")
    public MenteeProfileView myMenteeProfile() {
        return profiles.mentee(caller.memberId());
    }

    @GET
    @Path("mentees/{id}")
    public MenteeProfileView mentee(@PathParam("id") String id) {
        caller.requireSelfOr(id, Caller.COORDINATOR, Caller.ADMIN);
        return profiles.mentee(id);
    }
}
