package org.guildhall.members.member;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.ProblemException;

@Path("/members")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class MemberResource {

    private final MembershipRegister register;
    private final Caller caller;

    MemberResource(MembershipRegister register, Caller caller) {
        this.register = register;
        this.caller = caller;
    }

    /** The caller joins with the identity of their token; any valid token may join, roles come with membership. */
    @POST
    @Authenticated
    public Response join(@Valid @NotNull JoinRequest request, UriInfo uri) {
        String email = request.email() != null
                ? request.email()
                : caller.email()
                        .orElseThrow(() -> ProblemException.badRequest(
                                "email-required", "email: give an e-mail address; your token carries none"));
        Member member = register.join(caller.memberId(), email, request.profile());
        return Response.created(uri.getAbsolutePathBuilder().path(member.id()).build())
                .entity(MemberView.of(member))
                .build();
    }

    @GET
    @Path("/me")
    public MemberView me() {
        return MemberView.of(register.find(caller.memberId()));
    }

    @GET
    @Path("/{id}")
    public MemberView get(@PathParam("id") String id) {
        Member member = register.find(id);
        boolean privileged = id.equals(caller.memberId()) || caller.isAdmin();
        return privileged ? MemberView.of(member) : MemberView.seenByOthers(member);
    }

    @PUT
    @Path("/{id}")
    public MemberView updateProfile(@PathParam("id") String id, @Valid @NotNull UpdateProfileRequest request) {
        caller.requireSelfOr(id, Caller.ADMIN);
        return MemberView.of(register.updateProfile(id, request.profile()));
    }
}
