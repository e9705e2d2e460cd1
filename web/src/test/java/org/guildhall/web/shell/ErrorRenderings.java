package org.guildhall.web.shell;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test code: the 403 page with each way on (a member, someone without a membership, nobody signed in). */
@Path("/test-render/error")
@PermitAll
public class ErrorRenderings {

    @GET
    @Path("/{way}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance render(@PathParam("way") String way) {
        return ErrorPages.Templates.error(403, "Not for you", "This page needs another role.", way);
    }
}
