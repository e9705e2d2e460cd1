package org.guildhall.members.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.Problem;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.membership.MembershipChangeRequest;
import org.guildhall.members.membership.MembershipRegister;

/**
 * {@code POST /members/{id}/rejection}: an administrator turns a pending application down with a reason. Approval,
 * renewal, tier, suspension and reinstatement are {@code MembershipAdminResource}'s.
 */
@Path("/members/{id}/rejection")
@RolesAllowed(Caller.ADMIN)
public class ApplicationRejectionResource {

    private final MembershipRegister register;
    private final Caller caller;

    ApplicationRejectionResource(MembershipRegister register, Caller caller) {
        this.register = register;
        this.caller = caller;
    }

    @POST
    public RollEntry reject(@PathParam("id") String id, @Valid @NotNull MembershipChangeRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            Problem required =
                    Problem.of("reason-required", "Bad request", 400, "Say why the application is turned down");
            throw new ProblemException(new Problem(
                    required.type(),
                    required.title(),
                    400,
                    required.detail(),
                    List.of(new Problem.Violation("reason", "say why the application is turned down"))));
        }
        return RollEntry.of(register.reject(id, request.reason().strip(), caller.memberId()));
    }
}
