package org.guildhall.members.membership;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.http.ETags;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.profile.Audience;
import org.guildhall.members.profile.UpdateProfileRequest;

@Path("/members")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class MemberResource {

    private final MembershipRegister register;
    private final Profiles profiles;
    private final Caller caller;
    private final GoodStanding standing;
    private final MembershipSettings settings;
    private final JsonWebToken token;

    MemberResource(
            MembershipRegister register,
            Profiles profiles,
            Caller caller,
            GoodStanding standing,
            MembershipSettings settings,
            JsonWebToken token) {
        this.register = register;
        this.profiles = profiles;
        this.caller = caller;
        this.standing = standing;
        this.settings = settings;
        this.token = token;
    }

    /** The caller joins with the identity of their token; any valid token may join, roles come with membership. */
    @POST
    @Authenticated
    @APIResponse(
            responseCode = "201",
            description = "Joined: the new member's profile",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response join(@Valid @NotNull JoinRequest request, UriInfo uri) {
        String email = request.email() != null
                ? request.email()
                : caller.email()
                        .orElseThrow(() -> ProblemException.badRequest(
                                "email-required", "email: give an e-mail address; your token carries none"));
        Member member = register.join(caller.memberId(), email, request.profile(), request.tier());
        return Response.created(uri.getAbsolutePathBuilder().path(member.id()).build())
                .tag(ETags.of(member.version()))
                .entity(profiles.view(member.id(), Audience.of(caller, member.id(), standing::isMemberInGoodStanding)))
                .build();
    }

    /**
     * A person who signed up claims the membership an administrator imported for their (verified) e-mail address: it
     * becomes theirs under their own id ({@code sub}).
     */
    @POST
    @Path("/me/claim")
    @Authenticated
    public Response claim() {
        String email = caller.email()
                .orElseThrow(() -> ProblemException.badRequest(
                        "email-required", "Your token carries no e-mail address to claim a membership by"));
        if (settings.claimNeedsVerifiedEmail() && !Boolean.TRUE.equals(verified())) {
            throw new ProblemException(
                    "email-not-verified",
                    "E-mail address not verified",
                    403,
                    "Verify your e-mail address with the identity provider first, then claim your membership");
        }
        Member member = register.claim(caller.memberId(), email);
        return Response.ok(
                        profiles.view(member.id(), Audience.of(caller, member.id(), standing::isMemberInGoodStanding)))
                .tag(ETags.of(member.version()))
                .build();
    }

    private Object verified() {
        Object claim = token.getClaim("email_verified");
        if (claim instanceof jakarta.json.JsonValue value) {
            return value == jakarta.json.JsonValue.TRUE;
        }
        return claim instanceof String text ? Boolean.valueOf(text) : claim;
    }

    @GET
    @Path("/me")
    @APIResponse(
            responseCode = "200",
            description = "The caller's profile, with its version as ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response me() {
        return get(caller.memberId());
    }

    /** A member's profile, as far as its owner lets the caller see it; open to the public for public fields. */
    @GET
    @Path("/{id}")
    @PermitAll
    @APIResponse(
            responseCode = "200",
            description = "The profile, as far as its owner lets the caller see it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response get(@PathParam("id") String id) {
        MemberView view = profiles.view(id, Audience.of(caller, id, standing::isMemberInGoodStanding));
        return Response.ok(view).tag(ETags.of(register.find(id).version())).build();
    }

    /** Replaces the profile; send the {@code ETag} you read as {@code If-Match} to avoid overwriting a change. */
    @PUT
    @Path("/{id}")
    @APIResponse(
            responseCode = "200",
            description = "The profile as changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response updateProfile(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateProfileRequest request) {
        caller.requireSelfOr(id, Caller.ADMIN);
        Member member = profiles.updateProfile(id, request.profile(), ifMatch);
        return Response.ok(profiles.view(id, Audience.of(caller, id, standing::isMemberInGoodStanding)))
                .tag(ETags.of(member.version()))
                .build();
    }

    @PUT
    @Path("/me")
    @APIResponse(
            responseCode = "200",
            description = "The profile as changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response updateMyProfile(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UpdateProfileRequest request) {
        return updateProfile(caller.memberId(), ifMatch, request);
    }

    /** Erases the member's personal data (the member themselves, or an admin). */
    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response erase(@PathParam("id") String id) {
        caller.requireSelfOr(id, Caller.ADMIN);
        register.erase(id, caller.memberId());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/me")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response eraseMe() {
        return erase(caller.memberId());
    }

    @GET
    @Path("/{id}/status-history")
    public List<StatusChangeView> history(@PathParam("id") String id) {
        caller.requireSelfOr(id, Caller.ADMIN);
        return register.historyOf(id).stream().map(StatusChangeView::of).toList();
    }
}
