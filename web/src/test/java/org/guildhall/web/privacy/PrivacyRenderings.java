package org.guildhall.web.privacy;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.Problem;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.AccountText;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Text;

/**
 * Test code: the privacy page's "copy of my data" panel in each of its states, and after each refusal as
 * members-service words it, rendered without signing in so that tests can read it with jsoup.
 */
@Path("/test-render/privacy")
@PermitAll
public class PrivacyRenderings {

    static final String EXPORT_ID = "4b0c7f0e-8f8a-4d5e-9d55-0c2f4a1d2e3f";

    @Inject
    AccountText account;

    @Inject
    Text text;

    @GET
    @Path("/{state}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance render(@PathParam("state") String state) {
        MyData collecting = MyData.of(export("COLLECTING", List.of("members-service"), List.of("events-service")));
        MyData myData =
                switch (state) {
                    case "hidden" -> MyData.hidden();
                    case "none" -> MyData.none();
                    case "collecting" -> collecting;
                    case "ready" -> MyData.of(export("READY", List.of("members-service", "events-service"), List.of()));
                    case "down" -> MyData.membersDown();
                    case "in-progress" -> MyData.requestRefused(
                            refusal(
                                    409,
                                    "archive-in-progress",
                                    "Your archive is being collected; wait until it is ready"),
                            collecting,
                            account,
                            text.unavailable_members());
                    case "request-unreachable" -> MyData.requestRefused(
                            ServiceProblem.unreachable("members-service", new RuntimeException("refused")),
                            MyData.none(),
                            account,
                            text.unavailable_members());
                    case "gone" -> MyData.downloadRefused(
                            refusal(404, "data-export-not-found", "No data-export " + EXPORT_ID),
                            MyData.none(),
                            account,
                            text.unavailable_members());
                    case "not-ready" -> MyData.downloadRefused(
                            refusal(409, "archive-not-ready", "Your archive is still being collected"),
                            collecting,
                            account,
                            text.unavailable_members());
                    default -> throw new IllegalArgumentException(state);
                };
        return PrivacyPage.Templates.privacy(FormState.empty(), myData);
    }

    private static MembersApi.DataExport export(String status, List<String> received, List<String> waitingFor) {
        boolean ready = "READY".equals(status);
        return new MembersApi.DataExport(
                EXPORT_ID,
                status,
                received,
                waitingFor,
                Instant.parse("2027-05-01T09:00:00Z"),
                ready ? Instant.parse("2027-05-01T09:01:00Z") : null,
                Instant.parse("2027-05-08T09:01:00Z"));
    }

    static ServiceProblem refusal(int status, String kind, String detail) {
        return new ServiceProblem(
                "members-service",
                new Problem("https://guildhall.org/problems/" + kind, "Refused", status, detail, null));
    }
}
