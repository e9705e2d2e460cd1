package org.guildhall.web.events;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Action;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * {@code /events}: coming published events with seats left, filtered by text, type and free seats;
 * {@code /events/{id}}: one event with the member's registration (register, waitlist position, a seat offer with its
 * claim deadline and claim, cancel), the event's {@code .ics}, the personal calendar feed (rotate), and after the
 * event the attendees who share their attendance.
 */
@Path("/events")
@Authenticated
public class EventsPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(FormState filters, Section<Page<EventsApi.Event>> results);

        static native TemplateInstance event(
                EventsApi.Event event,
                Optional<EventsApi.Registration> registration,
                Section<EventsApi.Feed> feed,
                Section<List<EventsApi.Attendee>> attendees,
                boolean past,
                String done,
                String problem);
    }

    @Inject
    Text text;

    @Inject
    @RestClient
    EventsApi events;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance browse(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("hasSeats") String hasSeats,
            @QueryParam("page") @DefaultValue("0") int page) {
        FormState filters = FormState.empty().set("q", q).set("type", type).set("hasSeats", hasSeats);
        var results = Section.load(
                () -> events.events(
                        Instant.now(),
                        Typed.blankToNull(q),
                        Typed.blankToNull(type),
                        "on".equals(hasSeats) ? Boolean.TRUE : null,
                        Math.max(0, page),
                        PAGE_SIZE),
                new Page<EventsApi.Event>(List.of(), 0, PAGE_SIZE, 0));
        return Templates.events(filters, results);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance event(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, done, null);
    }

    @POST
    @Path("/{id}/registration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response register(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        boolean share = "on".equals(FormState.posted(posted).get("shareAttendance"));
        return act(id, () -> events.register(id, new EventsApi.Register(share)), "registered");
    }

    @POST
    @Path("/{id}/registration/{rid}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response claim(@PathParam("id") String id, @PathParam("rid") String registrationId) {
        return act(id, () -> events.claim(id, registrationId), "claimed");
    }

    @POST
    @Path("/{id}/registration/{rid}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") String id, @PathParam("rid") String registrationId) {
        return act(id, () -> events.cancelRegistration(id, registrationId), "cancelled");
    }

    @POST
    @Path("/feed/rotate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotateFeed(MultivaluedMap<String, String> posted) {
        events.rotateFeed();
        String back = FormState.posted(posted).get("event");
        return Response.seeOther(
                        URI.create(back.matches("[0-9a-fA-F-]{36}") ? "/events/" + back + "?done=rotated" : "/events"))
                .build();
    }

    /** The event as iCalendar, as events-service writes it, offered as a download. */
    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        return Response.ok(events.calendar(id), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"event.ics\"")
                .build();
    }

    private Response act(String id, Runnable action, String done) {
        return Action.run(
                action,
                "/events/" + id + "?done=" + done,
                text.unavailable_events(),
                problem -> page(id, null, problem));
    }

    private TemplateInstance page(String id, String done, String problem) {
        EventsApi.Event event = events.event(id);
        Optional<EventsApi.Registration> registration;
        try {
            registration = Optional.of(events.myRegistration(id)).filter(EventsApi.Registration::live);
        } catch (ServiceProblem none) {
            registration = Optional.empty();
        }
        boolean past = event.endsAt() != null && event.endsAt().isBefore(Instant.now());
        var attendees = past
                ? Section.load(() -> events.attendees(id), List.<EventsApi.Attendee>of())
                : Section.load(List::<EventsApi.Attendee>of, List.<EventsApi.Attendee>of());
        return Templates.event(event, registration, Section.load(events::feed, null), attendees, past, done, problem);
    }
}
