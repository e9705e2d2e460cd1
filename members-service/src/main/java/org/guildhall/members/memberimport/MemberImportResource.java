package org.guildhall.members.memberimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.guildhall.kit.edge.Expensive;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;

/** Member import for administrators (issue 16): the dry run, then applying the same file as an import to poll. */
@Path("/members/imports")
@RolesAllowed(Caller.ADMIN)
public class MemberImportResource {

    private final ImportPlanner planner;
    private final MemberImports imports;
    private final Caller caller;

    MemberImportResource(ImportPlanner planner, MemberImports imports, Caller caller) {
        this.planner = planner;
        this.imports = imports;
        this.caller = caller;
    }

    /** What applying the CSV in the body would do, row by row, with every problem; writes nothing. */
    @POST
    @Path("/dry-run")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Expensive
    public ImportPlan dryRun(byte[] file) {
        return planner.dryRun(required(file));
    }

    /**
     * Applies the CSV in the body in the background: {@code 202} with the import ({@code Location}) to poll until its
     * {@code status} is {@code DONE}. A file that cannot be read at all is a 400 problem here, and nothing starts.
     */
    @POST
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Expensive
    public Response apply(byte[] file, @jakarta.ws.rs.core.Context UriInfo uri) {
        MemberImport started = imports.start(required(file), caller.memberId());
        return Response.accepted(imports.progress(started.id()))
                .location(uri.getBaseUriBuilder().path("members/imports/{id}").build(started.id()))
                .build();
    }

    /** An import's progress: rows done of the total, the counts so far and the first problems. */
    @GET
    @Path("/{id}")
    public ImportProgress progress(@PathParam("id") String id) {
        return imports.progress(idOf(id));
    }

    /** Every problem of an import, by row. */
    @GET
    @Path("/{id}/problems")
    public Page<ImportProblem> problems(
            @PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return imports.problems(idOf(id), page, size);
    }

    private static byte[] required(byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.badRequest("import-empty", "The body must hold the CSV file to import.");
        }
        return file;
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("import", id);
        }
    }
}
