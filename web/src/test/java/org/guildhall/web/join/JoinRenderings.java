package org.guildhall.web.join;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.Problem;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.AccountText;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;

/**
 * Test code: the join page with its "claim your membership" panel, offered, from the invitation, and after each of
 * members-service's refusals of a claim, rendered without signing in so that tests can read it with jsoup.
 */
@Path("/test-render/join")
@PermitAll
public class JoinRenderings {

    static final String EMAIL = "ines.imported@example.org";

    @Inject
    AccountText account;

    @Inject
    Text text;

    @GET
    @Path("/{state}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance render(@PathParam("state") String state) {
        Claim invited = Claim.offered(true, EMAIL);
        Claim claim =
                switch (state) {
                    case "offered" -> Claim.offered(false, EMAIL);
                    case "invited" -> invited;
                    case "nothing-to-claim" -> invited.refusedBy(
                            refusal(404, "nothing-to-claim", "No imported membership"),
                            account,
                            text.unavailable_members());
                    case "email-not-verified" -> invited.refusedBy(
                            refusal(403, "email-not-verified", "Verify your e-mail first"),
                            account,
                            text.unavailable_members());
                    case "member-already-joined" -> invited.refusedBy(
                            refusal(409, "member-already-joined", "Already a member"),
                            account,
                            text.unavailable_members());
                    case "unreachable" -> invited.refusedBy(
                            ServiceProblem.unreachable("members-service", new RuntimeException("refused")),
                            account,
                            text.unavailable_members());
                    default -> throw new IllegalArgumentException(state);
                };
        FormState form = FormState.empty().set("displayName", "Ines Imported").set("email", EMAIL);
        return JoinPage.Templates.join(
                form,
                Section.load(() -> List.of(new MembersApi.Tier("associate", "Associate", 12, false)), List.of()),
                claim);
    }

    private static ServiceProblem refusal(int status, String kind, String detail) {
        return new ServiceProblem(
                "members-service",
                new Problem("https://guildhall.org/problems/" + kind, "Refused", status, detail, null));
    }
}
