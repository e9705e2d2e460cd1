package org.guildhall.web.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /privacy}: what Guildhall keeps and why, and for a member: erase my account, with what is erased and what is
 * kept shown before they confirm by typing their name. Erasing signs the person out.
 */
@Path("/privacy")
public class PrivacyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance privacy(FormState form);

        static native TemplateInstance erased();
    }

    @Inject
    Viewer viewer;

    @Inject
    Text text;

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.privacy(FormState.empty());
    }

    @GET
    @Path("/erased")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance erased() {
        return Templates.erased();
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response erase(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        if (!viewer.joined()) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (!form.get("confirmName").trim().equals(viewer.displayName().trim())) {
            form.problem("confirmName", text.erase_confirm_mismatch());
            return Response.status(400).entity(Templates.privacy(form)).build();
        }
        try {
            members.eraseMe();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(Templates.privacy(form))
                    .build();
        }
        return Response.seeOther(URI.create("/privacy/erased")).build();
    }
}
