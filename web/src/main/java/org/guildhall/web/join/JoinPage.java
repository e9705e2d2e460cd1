package org.guildhall.web.join;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /join}: after signing up in Keycloak, a person creates their membership (tier, name, time zone guessed by the
 * browser and editable, headline, location). A tier that needs approval leaves it {@code PENDING}; the home page says
 * what happens next.
 */
@Path("/join")
@Authenticated
public class JoinPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(FormState form, Section<List<MembersApi.Tier>> tiers);
    }

    @Inject
    Viewer viewer;

    @Inject
    Text text;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show() {
        if (viewer.joined()) {
            return Response.seeOther(URI.create("/home")).build();
        }
        FormState form = FormState.empty()
                .set("displayName", idToken.getClaim("name"))
                .set("email", idToken.getClaim("email"))
                .set("tier", "associate")
                .set("timeZone", "");
        return Response.ok(page(form)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response join(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        try {
            members.join(new MembersApi.Join(
                    form.get("displayName"),
                    Typed.blankToNull(form.get("email")),
                    Typed.blankToNull(form.get("headline")),
                    Typed.blankToNull(form.get("location")),
                    Typed.blankToNull(form.get("timeZone")),
                    Typed.blankToNull(form.get("tier"))));
            return Response.seeOther(URI.create("/home")).build();
        } catch (ServiceProblem refusal) {
            if (refusal.status() == 409) {
                return Response.seeOther(URI.create("/home")).build();
            }
            form.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus()).entity(page(form)).build();
        }
    }

    private TemplateInstance page(FormState form) {
        return Templates.join(form, Section.load(members::tiers, List.of()));
    }
}
