package org.guildhall.members.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.profile.Audience;

/** What admins do to memberships: approve, renew, change tier, suspend and reinstate. */
@Path("/members/{id}")
@RolesAllowed(Caller.ADMIN)
public class MembershipAdminResource {

    private final MembershipRegister register;
    private final Profiles profiles;
    private final Caller caller;
    private final GoodStanding standing;

    MembershipAdminResource(MembershipRegister register, Profiles profiles, Caller caller, GoodStanding standing) {
        this.register = register;
        this.profiles = profiles;
        this.caller = caller;
        this.standing = standing;
    }

    @POST
    @Path("/approval")
    public MemberView approve(@PathParam("id") String id) {
        register.approve(id, caller.memberId());
        return view(id);
    }

    @POST
    @Path("/renewals")
    public MemberView renew(@PathParam("id") String id) {
        register.renew(id, caller.memberId());
        return view(id);
    }

    @PUT
    @Path("/tier")
    public MemberView changeTier(@PathParam("id") String id, @Valid @NotNull MembershipChangeRequest request) {
        if (request.tier() == null || request.tier().isBlank()) {
            throw ProblemException.badRequest("tier-required", "tier: name the new tier");
        }
        register.changeTier(id, request.tier(), request.reason(), caller.memberId());
        return view(id);
    }

    @POST
    @Path("/suspension")
    public MemberView suspend(@PathParam("id") String id, @Valid @NotNull MembershipChangeRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.badRequest("reason-required", "reason: say why the membership is suspended");
        }
        register.suspend(id, request.reason(), caller.memberId());
        return view(id);
    }

    @POST
    @Path("/reinstatement")
    public MemberView reinstate(
            @PathParam("id") String id,
            @RequestBody(required = false, description = "optional: a reason for the record") @Valid
                    MembershipChangeRequest request) {
        register.reinstate(id, request == null ? null : request.reason(), caller.memberId());
        return view(id);
    }

    private MemberView view(String id) {
        return profiles.view(id, Audience.of(caller, id, standing::isMemberInGoodStanding));
    }
}
