package org.guildhall.members.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;

/**
 * The administrator's roll of memberships by status with search (pending applications are its queue).
 */
@Path("/admin/members")
@RolesAllowed(Caller.ADMIN)
public class MembershipRollResource {

    private final MembershipRoll roll;

    MembershipRollResource(MembershipRoll roll) {
        this.roll = roll;
    }

    @GET
    public Page<RollEntry> roll(@Valid @BeanParam RollQuery query) {
        return roll.list(query);
    }
}
