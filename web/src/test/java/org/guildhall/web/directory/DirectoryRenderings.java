package org.guildhall.web.directory;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.shell.FormState;

/**
 * Test code: the directory page as it renders one result page without signing in: page {@code page} of 20, with
 * members-service's {@code totalItems} and {@code totalItemsExact} as given.
 */
@Path("/test-render/directory")
@PermitAll
public class DirectoryRenderings {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance render(
            @QueryParam("page") int page, @QueryParam("total") long total, @QueryParam("exact") boolean exact) {
        MembersApi.DirectoryEntry ada = new MembersApi.DirectoryEntry(
                "m-1",
                "Ada Lovelace",
                "associate",
                "Analyst",
                "software",
                "SENIOR",
                "London",
                List.of("kotlin"),
                List.of(),
                Set.of());
        return DirectoryPage.Templates.directory(
                FormState.empty(),
                new Page<>(List.of(ada), page, DirectoryPage.PAGE_SIZE, total, exact),
                "skill=kotlin",
                null);
    }
}
