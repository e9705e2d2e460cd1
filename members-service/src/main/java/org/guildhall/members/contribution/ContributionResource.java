package org.guildhall.members.contribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.guildhall.kit.identity.Caller;

@Path("/members/me/contributions")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class ContributionResource {

    private final Contributions contributions;
    private final Caller caller;

    ContributionResource(Contributions contributions, Caller caller) {
        this.contributions = contributions;
        this.caller = caller;
    }

    /** What the caller gave and did: events attended, volunteer hours, mentees, interviews, thanks, connections. */
    @GET
    public ContributionsView mine() {
        return contributions.of(caller.memberId());
    }
}
