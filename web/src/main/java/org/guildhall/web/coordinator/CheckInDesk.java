package org.guildhall.web.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * {@code /coordinator/events/{id}/desk}: the door, made for a phone. Search the confirmed registrants by name, or type
 * the code a member shows; one button checks a person in. The count of checked in against confirmed is reloaded every
 * few seconds (htmx) so that two phones at two doors agree, and after every check-in.
 */
@Path("/coordinator/events/{id}/desk")
@RolesAllowed("coordinator")
public class CheckInDesk {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(
                EventsApi.Event event,
                FormState search,
                Section<List<EventsApi.Registrant>> people,
                Count count,
                FormState code,
                String done);

        static native TemplateInstance desk$count(EventsApi.Event event, Count count);
    }

    /** Checked in against confirmed. */
    public record Count(int checkedIn, int confirmed) {

        static Count of(List<EventsApi.Registrant> registrants) {
            List<EventsApi.Registrant> confirmed = registrants.stream()
                    .filter(one -> "CONFIRMED".equals(one.status()))
                    .toList();
            return new Count(
                    (int) confirmed.stream()
                            .filter(one -> one.checkedInAt() != null)
                            .count(),
                    confirmed.size());
        }
    }

    @Inject
    Text text;

    @Inject
    ConsoleText words;

    @Inject
    @RestClient
    EventsApi events;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance desk(
            @PathParam("id") String id, @QueryParam("name") String name, @QueryParam("done") String done) {
        return page(id, FormState.empty().set("name", name), FormState.empty(), done);
    }

    /** The count alone, for the page's polling. */
    @GET
    @Path("/count")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance count(@PathParam("id") String id) {
        EventsApi.Event event = events.event(id);
        return Templates.desk$count(event, Count.of(events.registrants(id, null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response checkIn(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState code = FormState.posted(posted).fields("code");
        String registrationId = Typed.blankToNull(code.get("registrationId"));
        String typedCode = Typed.blankToNull(code.get("code").strip().toUpperCase(Locale.ROOT));
        if (registrationId == null && typedCode == null) {
            code.problem("code", words.desk_code_needed());
            return Response.status(400)
                    .entity(page(id, FormState.empty(), code, null))
                    .build();
        }
        try {
            EventsApi.Attendee attendee = events.checkIn(id, new EventsApi.CheckIn(registrationId, typedCode));
            String back = code.get("name").isBlank()
                    ? ""
                    : "&name=" + URLEncoder.encode(code.get("name"), StandardCharsets.UTF_8);
            String who = URLEncoder.encode(
                    attendee.displayName() == null ? "" : attendee.displayName(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create("/coordinator/events/" + id + "/desk?done=" + who + back))
                    .build();
        } catch (ServiceProblem refusal) {
            code.refusedBy(refusal, text.unavailable_events());
            if (typedCode != null && !code.hasProblem("code") && code.message() != null) {
                code.problem("code", code.message()).message(null);
            }
            return Response.status(refusal.status())
                    .entity(page(id, FormState.empty().set("name", code.get("name")), code, null))
                    .build();
        }
    }

    private TemplateInstance page(String id, FormState search, FormState code, String done) {
        EventsApi.Event event = events.event(id);
        Section<List<EventsApi.Registrant>> everyone = Section.load(() -> events.registrants(id, null), List.of());
        String name = search.get("name").strip().toLowerCase(Locale.ROOT);
        Section<List<EventsApi.Registrant>> people = Section.load(
                () -> everyone.value().stream()
                        .filter(one -> "CONFIRMED".equals(one.status()))
                        .filter(one -> !name.isEmpty()
                                && one.displayName() != null
                                && one.displayName().toLowerCase(Locale.ROOT).contains(name))
                        .limit(30)
                        .toList(),
                List.of());
        return Templates.desk(
                event, search, everyone.failed() ? everyone : people, Count.of(everyone.value()), code, done);
    }
}
