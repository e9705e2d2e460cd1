package org.guildhall.web.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.AccountText;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /privacy}: what Guildhall keeps and why, and for a member: a copy of their own data (issue 16: ask for it, see
 * which services are still collecting, download the ZIP until it expires) and erase my account, with what is erased and
 * what is kept shown before they confirm by typing their name. Erasing signs the person out.
 *
 * <p>members-service lists no member's requests, so this browser remembers the member's latest request by its id in a
 * cookie ({@link #EXPORT_COOKIE}, {@code HttpOnly}, path {@code /privacy}); the id alone opens nothing: members-service
 * answers 404 to anyone but the member who asked, and then the panel simply offers a new copy.
 */
@Path("/privacy")
public class PrivacyPage {

    /** The cookie that names the member's latest data export request. */
    static final String EXPORT_COOKIE = "guildhall-data-export";

    /** As long as members-service keeps an archive by default (guildhall.member-data.available-for). */
    private static final int EXPORT_COOKIE_SECONDS = (int) Duration.ofDays(7).toSeconds();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance privacy(FormState form, MyData myData);

        static native TemplateInstance erased();
    }

    @Inject
    Viewer viewer;

    @Inject
    Text text;

    @Inject
    AccountText account;

    @Inject
    @RestClient
    MembersApi members;

    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "false")
    boolean secureCookies;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@CookieParam(EXPORT_COOKIE) String exportId) {
        return Templates.privacy(FormState.empty(), myData(exportId));
    }

    /** Asks members-service for a copy of everything the platform holds about the member; {@code 303} back here. */
    @POST
    @Path("/data-exports")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public Response requestCopy(@CookieParam(EXPORT_COOKIE) String exportId) {
        if (!viewer.joined()) {
            return Response.seeOther(URI.create("/join")).build();
        }
        MembersApi.DataExport export;
        try {
            export = members.requestDataExport();
        } catch (ServiceProblem refusal) {
            MyData shown = MyData.requestRefused(refusal, myData(exportId), account, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(Templates.privacy(FormState.empty(), shown))
                    .build();
        }
        return Response.seeOther(URI.create("/privacy#my-data"))
                .cookie(exportCookie(export.id(), EXPORT_COOKIE_SECONDS))
                .build();
    }

    /**
     * The member's archive, streamed from members-service with their own token as it arrives (never held whole here);
     * members-service answers 404 for anyone else's, which shows as the page saying the copy is not there.
     */
    @GET
    @Path("/data-exports/{id}/archive")
    @Authenticated
    public Response archive(@PathParam("id") String id, @CookieParam(EXPORT_COOKIE) String exportId) {
        Response archive;
        try {
            archive = members.dataArchive(id);
        } catch (ServiceProblem refusal) {
            String sentence =
                    switch (refusal.status()) {
                        case 404 -> account.data_gone();
                        case 409 -> account.data_not_ready();
                        default -> refusal.sentence(text.unavailable_members());
                    };
            MyData shown = refusal.status() == 404 ? MyData.none() : myData(exportId);
            return Response.status(refusal.pageStatus())
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.privacy(FormState.empty(), shown.saying(sentence)))
                    .build();
        }
        InputStream body = archive.readEntity(InputStream.class);
        StreamingOutput copy = out -> {
            try (archive;
                    body) {
                body.transferTo(out);
            }
        };
        String disposition = archive.getHeaderString("Content-Disposition");
        return Response.ok(copy, "application/zip")
                .header(
                        "Content-Disposition",
                        disposition != null ? disposition : "attachment; filename=\"guildhall-my-data.zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * The panel's state: hidden unless a member looks; else the request this browser remembers, as members-service
     * sees it now (none when it has gone: expired, erased, or another member's).
     */
    MyData myData(String exportId) {
        if (!viewer.joined()) {
            return viewer.signedIn() && viewer.membershipUnknown() ? MyData.membersDown() : MyData.hidden();
        }
        if (exportId == null || exportId.isBlank()) {
            return MyData.none();
        }
        try {
            return MyData.of(members.dataExport(exportId));
        } catch (ServiceProblem refusal) {
            return refusal.notFound() ? MyData.none() : MyData.membersDown();
        } catch (RuntimeException unreachable) {
            return MyData.membersDown();
        }
    }

    private NewCookie exportCookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(EXPORT_COOKIE)
                .value(value)
                .path("/privacy")
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure(secureCookies)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
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
    public Response erase(MultivaluedMap<String, String> posted, @CookieParam(EXPORT_COOKIE) String exportId) {
        FormState form = FormState.posted(posted);
        if (!viewer.joined()) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (!form.get("confirmName").trim().equals(viewer.displayName().trim())) {
            form.problem("confirmName", text.erase_confirm_mismatch());
            return Response.status(400)
                    .entity(Templates.privacy(form, myData(exportId)))
                    .build();
        }
        try {
            members.eraseMe();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(Templates.privacy(form, myData(exportId)))
                    .build();
        }
        return Response.seeOther(URI.create("/privacy/erased")).build();
    }
}
