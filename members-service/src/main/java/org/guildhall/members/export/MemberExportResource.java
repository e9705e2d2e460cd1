package org.guildhall.members.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.guildhall.kit.edge.Expensive;
import org.guildhall.kit.identity.Caller;

/** The member list as CSV, for administrators (issue 16). */
@Path("/members/export.csv")
@RolesAllowed(Caller.ADMIN)
public class MemberExportResource {

    private final MemberExport export;

    MemberExportResource(MemberExport export) {
        this.export = export;
    }

    @GET
    @Produces("text/csv")
    @Expensive
    public Response members() {
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.write(writer);
            writer.flush();
        };
        return Response.ok(body)
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"members.csv\"")
                .build();
    }
}
