package org.guildhall.members.memberimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.guildhall.kit.edge.Expensive;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.ProblemException;

/** Member import for administrators (issue 16): the dry run. */
@Path("/members/imports")
@RolesAllowed(Caller.ADMIN)
public class MemberImportResource {

    private final ImportPlanner planner;

    MemberImportResource(ImportPlanner planner) {
        this.planner = planner;
    }

    /** What applying the CSV in the body would do, row by row, with every problem; writes nothing. */
    @POST
    @Path("/dry-run")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Expensive
    public ImportPlan dryRun(byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.badRequest("import-empty", "The body must hold the CSV file to import.");
        }
        return planner.dryRun(file);
    }
}
