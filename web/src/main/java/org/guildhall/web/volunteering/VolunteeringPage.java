package org.guildhall.web.volunteering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Action;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;

/**
 * {@code /volunteering}: the shifts of coming events with needed and open places, sign up (a clash with another of
 * the member's shifts is refused by events-service, and its message names the other shift), and the member's
 * volunteer hours.
 */
@Path("/volunteering")
@Authenticated
public class VolunteeringPage {

    /** How many coming events are listed with their shifts (one call each). */
    static final int EVENTS_LISTED = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance volunteering(
                Section<List<EventShifts>> shifts,
                Section<List<EventsApi.MyPlace>> mine,
                Section<MembersApi.Contributions> hours,
                String done,
                String problem);
    }

    /** A coming event and its shifts, in start order. */
    public record EventShifts(EventsApi.Event event, List<EventsApi.Shift> shifts) {}

    @Inject
    Text text;

    @Inject
    @RestClient
    EventsApi events;

    @Inject
    @RestClient
    MembersApi members;

    /**
     * The page; {@code event} (an invitation's link names the event of its shift) puts that event's shifts first even
     * when it is further off than the events listed, so the link's {@code #shift-<id>} row is on the page.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("done") String done, @QueryParam("event") String eventId) {
        return page(done, null, eventId);
    }

    @POST
    @Path("/{eventId}/shifts/{shiftId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signUp(@PathParam("eventId") String eventId, @PathParam("shiftId") String shiftId) {
        try {
            EventsApi.Place place = events.volunteer(eventId, shiftId);
            return Response.seeOther(
                            URI.create("/volunteering?done=" + place.status().toLowerCase()))
                    .build();
        } catch (ServiceProblem refusal) {
            return Response.status(refusal.pageStatus())
                    .entity(page(null, refusal.sentence(text.unavailable_events())))
                    .build();
        }
    }

    /** Give up a place (held or waited for); before the shift starts, the first one waiting moves up. */
    @POST
    @Path("/{eventId}/shifts/{shiftId}/places/{placeId}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response release(
            @PathParam("eventId") String eventId,
            @PathParam("shiftId") String shiftId,
            @PathParam("placeId") String placeId) {
        return Action.run(
                () -> events.release(eventId, shiftId, placeId),
                "/volunteering?done=released",
                text.unavailable_events(),
                problem -> page(null, problem));
    }

    private TemplateInstance page(String done, String problem) {
        return page(done, problem, null);
    }

    private TemplateInstance page(String done, String problem, String eventId) {
        return Templates.volunteering(
                Section.load(() -> coming(eventId), List.of()),
                Section.load(events::myPlaces, List.of()),
                Section.load(members::contributions, null),
                done,
                problem);
    }

    private List<EventShifts> coming(String eventId) {
        List<EventShifts> list = new ArrayList<>();
        List<EventsApi.Event> listed = new ArrayList<>(
                events.events(Instant.now(), null, null, null, 0, EVENTS_LISTED).items());
        if (eventId != null
                && eventId.matches("[0-9a-fA-F-]{36}")
                && listed.stream().noneMatch(event -> event.id().equals(eventId))) {
            try {
                EventsApi.Event named = events.event(eventId);
                if ("PUBLISHED".equals(named.status()) && named.endsAt().isAfter(Instant.now())) {
                    listed.add(0, named);
                }
            } catch (ServiceProblem unknown) {
                // an event that is gone or not visible: the page lists the coming ones as always
            }
        }
        for (EventsApi.Event event : listed) {
            List<EventsApi.Shift> shifts = events.shifts(event.id()).stream()
                    .filter(shift -> shift.completedAt() == null)
                    .sorted(Comparator.comparing(EventsApi.Shift::startsAt))
                    .toList();
            if (!shifts.isEmpty()) {
                list.add(new EventShifts(event, shifts));
            }
        }
        return list;
    }
}
