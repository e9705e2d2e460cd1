package org.guildhall.members.membership;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/tiers")
@PermitAll
public class TierResource {

    private final MembershipRegister register;

    TierResource(MembershipRegister register) {
        this.register = register;
    }

    /** The membership tiers, how long each lasts, and which need an admin's approval. */
    @GET
    public List<TierView> tiers() {
        return register.tiers().stream().map(TierView::of).toList();
    }
}
