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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.AccountText;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /join}: after signing up in Keycloak, a person creates their membership (tier, name, time zone guessed by the
 * browser and editable, headline, location). A tier that needs approval leaves it {@code PENDING}; the home page says
 * what happens next. Someone an administrator imported claims the membership kept for their e-mail address instead
 * ({@code POST /join/claim}, issue 16); {@code /join?invited=true}, where their invitation leads, puts that first.
 */
@Path("/join")
@Authenticated
public class JoinPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(FormState form, Section<List<MembersApi.Tier>> tiers, Claim claim);
    }

    @Inject
    Viewer viewer;

    @Inject
    Text text;

    @Inject
    AccountText account;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("invited") boolean invited) {
        if (viewer.joined()) {
            return Response.seeOther(URI.create("/home")).build();
        }
        return Response.ok(page(blankJoinForm(), Claim.offered(invited, email())))
                .build();
    }

    /**
     * Claims the membership an import kept for the sign-up's e-mail address; home when it is theirs, else the page
     * with members-service's refusal worded for the person ({@link Claim#refusedBy}).
     */
    @POST
    @Path("/claim")
    @Produces(MediaType.TEXT_HTML)
    public Response claim() {
        Claim claim = Claim.offered(true, email());
        try {
            members.claim();
            return Response.seeOther(URI.create("/home")).build();
        } catch (ServiceProblem refusal) {
            return Response.status(refusal.pageStatus())
                    .entity(page(blankJoinForm(), claim.refusedBy(refusal, account, text.unavailable_members())))
                    .build();
        }
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
            return Response.status(refusal.pageStatus())
                    .entity(page(form, Claim.offered(false, email())))
                    .build();
        }
    }

    private FormState blankJoinForm() {
        return FormState.empty()
                .set("displayName", idToken.getClaim("name"))
                .set("email", email())
                .set("tier", "associate")
                .set("timeZone", "");
    }

    /** The sign-up's e-mail address, which a claim is matched by. */
    private String email() {
        Object email = idToken.getClaim("email");
        return email == null ? "" : email.toString();
    }

    private TemplateInstance page(FormState form, Claim claim) {
        return Templates.join(form, Section.load(members::tiers, List.of()), claim);
    }
}
