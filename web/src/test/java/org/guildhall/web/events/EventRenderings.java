package org.guildhall.web.events;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.shell.Section;

/**
 * Test code: a full event's page (20 of 20 seats taken) as the page renders it, without signing in, for a member with
 * the registration of the given status ({@code none} for none), the event published or {@code past}.
 */
@Path("/test-render/event")
@PermitAll
public class EventRenderings {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance render(@QueryParam("registration") String status, @QueryParam("past") boolean past) {
        EventsApi.Event event = new EventsApi.Event(
                "e-1",
                "Thursday meetup",
                "Members meet members.",
                "MEETUP",
                Instant.parse("2027-05-06T19:00:00Z"),
                Instant.parse("2027-05-06T21:00:00Z"),
                "Europe/Berlin",
                "Guild hall, Berlin",
                null,
                20,
                20,
                0,
                false,
                "WAITLIST",
                24,
                "PUBLISHED",
                null,
                null,
                null,
                List.of());
        Optional<EventsApi.Registration> registration = "none".equals(status)
                ? Optional.empty()
                : Optional.of(new EventsApi.Registration(
                        "r-1",
                        "e-1",
                        "nia",
                        status,
                        "WAITLISTED".equals(status) ? 3 : null,
                        Instant.parse("2027-05-01T09:00:00Z"),
                        "CONFIRMED".equals(status) ? Instant.parse("2027-05-01T09:00:00Z") : null,
                        null,
                        null,
                        null,
                        null,
                        "CONFIRMED".equals(status) ? "DW6535UJ" : null,
                        null,
                        false));
        return EventsPage.Templates.event(
                event,
                registration,
                Section.load(() -> null, null),
                Section.load(List::of, List.of()),
                past,
                null,
                null);
    }
}
