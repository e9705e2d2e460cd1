package org.guildhall.web.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * The coordinator's events: {@code /coordinator/events} lists every event with its state, seats taken against capacity
 * and waitlist length; drafting and editing (times typed as the event's local clock reads, in its zone), publishing,
 * cancelling with a reason, completing; {@code .../registrations} lists an event's registrations by state, cancels one
 * for a member and changes the waitlist mode and claim window.
 */
@Path("/coordinator")
@RolesAllowed("coordinator")
public class EventsConsole {

    static final int PAGE_SIZE = 20;
    static final List<String> EVERY_STATUS = List.of("DRAFT", "PUBLISHED", "COMPLETED", "CANCELLED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(Section<Listing> listing, int page, String done);

        static native TemplateInstance editor(EventsApi.Event event, FormState form, String done, FormState cancel);

        static native TemplateInstance registrations(
                EventsApi.Event event,
                Section<Map<String, List<EventsApi.Registrant>>> byStatus,
                FormState waitlist,
                String done,
                String problem);
    }

    /** An event in the list, with the length of its waitlist. */
    public record EventLine(EventsApi.Event event, int waiting) {}

    /** One page of the list, and whether another follows. */
    public record Listing(List<EventLine> lines, boolean more) {}

    @Inject
    Text text;

    @Inject
    ConsoleText words;

    @Inject
    @RestClient
    EventsApi events;

    @GET
    public Response console() {
        return Response.seeOther(URI.create("/coordinator/events")).build();
    }

    @GET
    @Path("/events")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        int shown = Math.max(0, page);
        Section<Listing> listing = Section.load(
                () -> {
                    Page<EventsApi.Event> found = events.allEvents(EVERY_STATUS, shown, PAGE_SIZE);
                    return new Listing(
                            found.items().stream()
                                    .map(event -> new EventLine(event, waiting(event)))
                                    .toList(),
                            (long) (shown + 1) * PAGE_SIZE < found.totalItems());
                },
                new Listing(List.of(), false));
        return Templates.events(listing, shown, done);
    }

    @GET
    @Path("/events/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance draftForm() {
        FormState form = FormState.empty()
                .set("type", "MEETUP")
                .set("timeZone", "Europe/London")
                .set("capacity", 50)
                .set("membersOnly", "on")
                .set("seatRelease", "CONFIRM_AT_ONCE")
                .set("offerClaimHours", 24);
        return Templates.editor(null, form, null, FormState.empty());
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response draft(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields(EventFields.NAMES);
        Optional<EventsApi.EventForm> request = EventFields.read(form, words);
        if (request.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.editor(null, form, null, FormState.empty()))
                    .build();
        }
        try {
            EventsApi.Event event = events.draftEvent(request.get());
            return Response.seeOther(URI.create("/coordinator/events/" + event.id() + "?done=drafted"))
                    .build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_events());
            return Response.status(refusal.status())
                    .entity(Templates.editor(null, form, null, FormState.empty()))
                    .build();
        }
    }

    @GET
    @Path("/events/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("id") String id, @QueryParam("done") String done) {
        EventsApi.Event event = events.event(id);
        return Templates.editor(event, EventFields.of(event), done, FormState.empty());
    }

    @POST
    @Path("/events/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        EventsApi.Event event = events.event(id);
        FormState form = FormState.posted(posted).fields(EventFields.NAMES);
        Optional<EventsApi.EventForm> request = EventFields.read(form, words);
        if (request.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.editor(event, form, null, FormState.empty()))
                    .build();
        }
        try {
            events.editEvent(id, request.get());
            return Response.seeOther(URI.create("/coordinator/events/" + id + "?done=saved"))
                    .build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_events());
            return Response.status(refusal.status())
                    .entity(Templates.editor(event, form, null, FormState.empty()))
                    .build();
        }
    }

    @POST
    @Path("/events/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response publish(@PathParam("id") String id) {
        return act(id, () -> events.publish(id), "published");
    }

    @POST
    @Path("/events/{id}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("id") String id) {
        return act(id, () -> events.complete(id), "completed");
    }

    @POST
    @Path("/events/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState cancel = FormState.posted(posted).fields("reason");
        if (cancel.get("reason").isBlank()) {
            cancel.problem("reason", words.console_reason_needed());
        } else {
            try {
                events.cancelEvent(id, new EventsApi.Reason(cancel.get("reason")));
                return Response.seeOther(URI.create("/coordinator/events/" + id + "?done=cancelled"))
                        .build();
            } catch (ServiceProblem refusal) {
                cancel.refusedBy(refusal, text.unavailable_events());
            }
        }
        EventsApi.Event event = events.event(id);
        return Response.status(cancel.hasProblem("reason") ? 400 : 409)
                .entity(Templates.editor(event, EventFields.of(event), null, cancel))
                .build();
    }

    @GET
    @Path("/events/{id}/registrations")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance registrations(@PathParam("id") String id, @QueryParam("done") String done) {
        EventsApi.Event event = events.event(id);
        return registrationsPage(event, waitlistForm(event), done, null);
    }

    @POST
    @Path("/events/{id}/registrations/{rid}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response cancelRegistration(@PathParam("id") String id, @PathParam("rid") String registrationId) {
        try {
            events.cancelRegistration(id, registrationId);
            return Response.seeOther(URI.create("/coordinator/events/" + id + "/registrations?done=cancelled"))
                    .build();
        } catch (ServiceProblem refusal) {
            EventsApi.Event event = events.event(id);
            return Response.status(refusal.status())
                    .entity(registrationsPage(event, waitlistForm(event), null, sentence(refusal)))
                    .build();
        }
    }

    /** The waitlist mode and claim window are fields of the event: an edit of the event as it is with them changed. */
    @POST
    @Path("/events/{id}/waitlist-mode")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response waitlistMode(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        EventsApi.Event event = events.event(id);
        FormState form = FormState.posted(posted).fields("seatRelease", "offerClaimHours");
        Integer hours = EventFields.number(form, "offerClaimHours", words);
        if (!form.hasProblems()) {
            try {
                events.editEvent(id, EventFields.withWaitlistMode(event, form.get("seatRelease"), hours));
                return Response.seeOther(URI.create("/coordinator/events/" + id + "/registrations?done=waitlist"))
                        .build();
            } catch (ServiceProblem refusal) {
                form.refusedBy(refusal, text.unavailable_events());
            }
        }
        return Response.status(400)
                .entity(registrationsPage(event, form, null, null))
                .build();
    }

    private TemplateInstance registrationsPage(EventsApi.Event event, FormState waitlist, String done, String problem) {
        Section<Map<String, List<EventsApi.Registrant>>> byStatus =
                Section.load(() -> EventFields.byStatus(events.registrants(event.id(), null)), Map.of());
        return Templates.registrations(event, byStatus, waitlist, done, problem);
    }

    private static FormState waitlistForm(EventsApi.Event event) {
        return FormState.empty()
                .set("seatRelease", event.seatRelease())
                .set("offerClaimHours", event.offerClaimHours());
    }

    private int waiting(EventsApi.Event event) {
        return "PUBLISHED".equals(event.status()) ? events.waitlist(event.id()).size() : 0;
    }

    private Response act(String id, Runnable action, String done) {
        try {
            action.run();
            return Response.seeOther(URI.create("/coordinator/events/" + id + "?done=" + done))
                    .build();
        } catch (ServiceProblem refusal) {
            EventsApi.Event event = events.event(id);
            return Response.status(refusal.status())
                    .entity(Templates.editor(
                            event,
                            EventFields.of(event),
                            null,
                            FormState.empty().message(sentence(refusal))))
                    .build();
        }
    }

    private String sentence(ServiceProblem refusal) {
        return refusal.unavailable() && refusal.problem().detail() == null
                ? text.unavailable_events()
                : Optional.ofNullable(refusal.problem().detail())
                        .orElse(refusal.problem().title());
    }

    /** The event form's fields, named as events-service names them, and their conversion both ways. */
    static final class EventFields {

        static final String[] NAMES = {
            "title",
            "description",
            "type",
            "startsAt",
            "endsAt",
            "timeZone",
            "venue",
            "onlineUrl",
            "capacity",
            "registrationOpensAt",
            "registrationClosesAt",
            "membersOnly",
            "allowedTiers",
            "seatRelease",
            "offerClaimHours"
        };

        private EventFields() {}

        static FormState of(EventsApi.Event event) {
            String zone = event.timeZone();
            return FormState.empty()
                    .set("title", event.title())
                    .set("description", event.description())
                    .set("type", event.type())
                    .set("startsAt", LocalTimes.field(event.startsAt(), zone))
                    .set("endsAt", LocalTimes.field(event.endsAt(), zone))
                    .set("timeZone", zone)
                    .set("venue", event.venue())
                    .set("onlineUrl", event.onlineUrl())
                    .set("capacity", event.capacity())
                    .set("registrationOpensAt", LocalTimes.field(event.registrationOpensAt(), zone))
                    .set("registrationClosesAt", LocalTimes.field(event.registrationClosesAt(), zone))
                    .set("membersOnly", event.membersOnly() ? "on" : null)
                    .setAll("allowedTiers", event.allowedTiers())
                    .set("seatRelease", event.seatRelease())
                    .set("offerClaimHours", event.offerClaimHours());
        }

        /**
         * The request the form describes, or empty when a field cannot be read (a zone that does not exist, a time
         * that is not one, a number that is not one): the problem is then beside that field.
         */
        static Optional<EventsApi.EventForm> read(FormState form, ConsoleText words) {
            Optional<ZoneId> zone = LocalTimes.zone(form.get("timeZone"));
            if (zone.isEmpty()) {
                form.problem("timeZone", words.console_zone_unknown());
            }
            Instant startsAt = time(form, "startsAt", zone, words);
            Instant endsAt = time(form, "endsAt", zone, words);
            Instant opensAt = time(form, "registrationOpensAt", zone, words);
            Instant closesAt = time(form, "registrationClosesAt", zone, words);
            Integer capacity = number(form, "capacity", words);
            Integer claimHours = number(form, "offerClaimHours", words);
            if (form.hasProblems()) {
                return Optional.empty();
            }
            return Optional.of(new EventsApi.EventForm(
                    form.get("title"),
                    Typed.blankToNull(form.get("description")),
                    Typed.blankToNull(form.get("type")),
                    startsAt,
                    endsAt,
                    form.get("timeZone").strip(),
                    Typed.blankToNull(form.get("venue")),
                    Typed.blankToNull(form.get("onlineUrl")),
                    capacity,
                    opensAt,
                    closesAt,
                    "on".equals(form.get("membersOnly")),
                    Typed.list(form.joined("allowedTiers")),
                    Typed.blankToNull(form.get("seatRelease")),
                    claimHours));
        }

        static EventsApi.EventForm withWaitlistMode(EventsApi.Event event, String seatRelease, Integer claimHours) {
            return new EventsApi.EventForm(
                    event.title(),
                    event.description(),
                    event.type(),
                    event.startsAt(),
                    event.endsAt(),
                    event.timeZone(),
                    event.venue(),
                    event.onlineUrl(),
                    event.capacity(),
                    event.registrationOpensAt(),
                    event.registrationClosesAt(),
                    event.membersOnly(),
                    event.allowedTiers(),
                    Typed.blankToNull(seatRelease),
                    claimHours);
        }

        /** Registrations grouped by state, each group in arrival order (the waitlist in the order it is served). */
        static Map<String, List<EventsApi.Registrant>> byStatus(List<EventsApi.Registrant> registrants) {
            Map<String, List<EventsApi.Registrant>> groups = new LinkedHashMap<>();
            for (String status : List.of("CONFIRMED", "OFFERED", "WAITLISTED", "CANCELLED")) {
                groups.put(status, new ArrayList<>());
            }
            for (EventsApi.Registrant registrant : registrants) {
                groups.computeIfAbsent(
                                "CONFIRMED".equals(registrant.status())
                                                || "OFFERED".equals(registrant.status())
                                                || "WAITLISTED".equals(registrant.status())
                                        ? registrant.status()
                                        : "CANCELLED",
                                status -> new ArrayList<>())
                        .add(registrant);
            }
            return groups;
        }

        static Instant time(FormState form, String field, Optional<ZoneId> zone, ConsoleText words) {
            if (zone.isEmpty()) {
                return null;
            }
            try {
                return LocalTimes.instant(form.get(field), zone.get()).orElse(null);
            } catch (IllegalArgumentException e) {
                form.problem(field, words.console_time_invalid());
                return null;
            }
        }

        static Integer number(FormState form, String field, ConsoleText words) {
            String typed = form.get(field).strip();
            if (typed.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                form.problem(field, words.console_number_invalid());
                return null;
            }
        }
    }
}
