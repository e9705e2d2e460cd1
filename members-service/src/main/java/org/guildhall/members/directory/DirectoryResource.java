package org.guildhall.members.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.guildhall.kit.edge.Expensive;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.membership.GoodStanding;

@Path("/members")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class DirectoryResource {

    private final DirectorySearch directory;
    private final Caller caller;
    private final GoodStanding standing;

    DirectoryResource(DirectorySearch directory, Caller caller, GoodStanding standing) {
        this.directory = directory;
        this.caller = caller;
        this.standing = standing;
    }

    /**
     * The member directory: current members by text, skill, topic, industry, open goal, what they are open to,
     * career stage and location; paged in a stable order. For members in good standing and admins.
     */
    @GET
    @Expensive
    public Page<DirectoryEntry> search(@Valid @BeanParam DirectoryQuery query) {
        standing.requireOrAdmin(caller);
        return directory.search(query, caller.isAdmin());
    }
}
