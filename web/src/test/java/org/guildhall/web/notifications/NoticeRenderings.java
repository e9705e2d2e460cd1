package org.guildhall.web.notifications;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.guildhall.web.api.NotificationsApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;

/** Test code: the inbox with one notice of the body given, rendered as the page renders it, without signing in. */
@Path("/test-render/notifications")
@PermitAll
public class NoticeRenderings {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance render(@QueryParam("body") String body) {
        NotificationsApi.Notification notice = new NotificationsApi.Notification(
                "n-1",
                "seat-offered",
                "EVENTS",
                false,
                "A seat at Thursday meetup is yours to claim",
                body,
                Instant.parse("2027-05-01T09:00:00Z"),
                null);
        return NotificationsPage.Templates.notifications(
                Section.load(() -> new Page<>(List.of(notice), 0, NotificationsPage.PAGE_SIZE, 1), null),
                FormState.empty(),
                null);
    }
}
