package org.guildhall.members.problems;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in tests: fails the way a bug would, to show what a client then sees. */
@Path("/test-only/failure")
@RolesAllowed("member")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret detail from org.guildhall.internal.Thing");
    }
}
