package org.guildhall.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /}: what Guildhall is, with sign-in and sign-up; a signed-in member goes on to their home page.
 *
 * <p>It is also where an imported member's invitation lands (issue 16): notifications-service's sign-up link
 * ({@code guildhall.invitation.sign-up-url}) opens Keycloak's registration for this application's client with this
 * address to come back to, so Keycloak answers here with a {@code code} (or an {@code error}) of a sign-in this
 * application never started and cannot redeem. Such an arrival goes on to {@code /join?invited=true}, which signs the
 * person in through this application's own flow (at once when Keycloak knows them from signing up) and puts claiming
 * their membership first.
 */
@Path("/")
public class LandingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();
    }

    @Inject
    Viewer viewer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response landing(
            @QueryParam("code") String code,
            @QueryParam("error") String error,
            @QueryParam("session_state") String sessionState) {
        boolean fromInvitation = code != null || error != null || sessionState != null;
        if (fromInvitation && !(viewer.signedIn() && viewer.joined())) {
            return Response.seeOther(URI.create("/join?invited=true")).build();
        }
        if (viewer.signedIn()) {
            return Response.seeOther(URI.create(viewer.joined() ? "/home" : "/join"))
                    .build();
        }
        return Response.ok(Templates.landing()).build();
    }
}
