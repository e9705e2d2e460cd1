package org.guildhall.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.shell.Section;

/**
 * {@code /admin/erasures}: the erasures carried out, newest first: when, whether the member or an administrator asked,
 * in which service, and how many rows of each feature went, under the pseudonym of the kept books. Nothing that was
 * erased is shown (the services keep none of it).
 */
@Path("/admin/erasures")
@RolesAllowed("admin")
public class ErasureLogPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance erasures(Section<Page<MembersApi.Erasure>> erasures);
    }

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance erasures(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.erasures(Section.load(
                () -> members.erasures(Math.max(0, page), PAGE_SIZE),
                new Page<MembersApi.Erasure>(List.of(), 0, PAGE_SIZE, 0)));
    }
}
