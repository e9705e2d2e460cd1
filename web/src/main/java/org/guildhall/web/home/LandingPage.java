package org.guildhall.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.guildhall.web.shell.Viewer;

/** {@code /}: what Guildhall is, with sign-in and sign-up; a signed-in member goes on to their home page. */
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
    public Response landing() {
        if (viewer.signedIn()) {
            return Response.seeOther(URI.create(viewer.joined() ? "/home" : "/join"))
                    .build();
        }
        return Response.ok(Templates.landing()).build();
    }
}
