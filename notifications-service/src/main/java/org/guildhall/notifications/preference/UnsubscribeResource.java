package org.guildhall.notifications.preference;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.kit.problem.ProblemException;

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs the link of an e-mail's {@code List-Unsubscribe} header
 * (body {@code List-Unsubscribe=One-Click}), and the member's e-mail of that category is switched off, without
 * signing in. A GET only answers a page with the button, since link checkers open links.
 */
@Path("/notifications/unsubscribe")
@PermitAll
public class UnsubscribeResource {

    private final UnsubscribeLinks links;
    private final PreferenceChanges changes;

    UnsubscribeResource(UnsubscribeLinks links, PreferenceChanges changes) {
        this.links = links;
        this.changes = changes;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public String unsubscribe(@QueryParam("token") @NotNull @Size(max = 2000) String token) {
        UnsubscribeLinks.Unsubscription wish = links.read(token).orElseThrow(UnsubscribeResource::invalid);
        changes.switchOffEmail(wish.memberId(), wish.categories());
        return "Done: you will get no more e-mail about "
                + wish.categories().toString().toLowerCase(java.util.Locale.ROOT)
                + ". Change this any time in your Guildhall notification preferences.";
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@QueryParam("token") @NotNull @Size(max = 2000) String token) {
        links.read(token).orElseThrow(UnsubscribeResource::invalid);
        String escaped = token.replaceAll("[^A-Za-z0-9._-]", "");
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Unsubscribe</title></head><body>"
                + "<form method=\"post\" action=\"/notifications/unsubscribe?token=" + escaped + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Stop these e-mails</button></form></body></html>";
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest(
                "unsubscribe-link-invalid",
                "This unsubscribe link is not valid or has expired; change your notification preferences in Guildhall");
    }
}
