package org.guildhall.web.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * {@code /coordinator/events/{id}/roster}: the event's shifts as a grid (role, time, needed and filled, gaps
 * highlighted, who is on each and who waits, clashes), new roles and shifts, release, complete after the shift, the CSV;
 * {@code .../shifts/{sid}}: filling one shift, with the suggested volunteers (open to volunteering, free then, skills
 * matching the role, best first) and a search by name, each assigned with one button. A clash is refused by
 * events-service with the other shift named, and that sentence is shown.
 */
@Path("/coordinator/events/{id}/roster")
@RolesAllowed("coordinator")
public class RosterConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roster(
                EventsApi.Event event,
                Section<EventsApi.Roster> roster,
                List<EventsApi.Role> roles,
                FormState role,
                FormState shift,
                String done,
                String problem);

        static native TemplateInstance shift(
                EventsApi.Event event,
                EventsApi.ShiftLine shift,
                Section<List<EventsApi.Suggestion>> suggestions,
                FormState search,
                Section<List<EventsApi.Suggestion>> found,
                String done,
                String problem);

        static native TemplateInstance editRole(EventsApi.Event event, String roleId, String roleName, FormState role);

        static native TemplateInstance editShift(
                EventsApi.Event event, EventsApi.Shift shift, List<EventsApi.Role> roles, FormState form);
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
    public TemplateInstance roster(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, FormState.empty(), FormState.empty(), done, null);
    }

    @POST
    @Path("/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response defineRole(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState role = FormState.posted(posted).fields("name", "description", "skillsWanted");
        try {
            events.defineRole(
                    id,
                    new EventsApi.RoleForm(
                            role.get("name"),
                            Typed.blankToNull(role.get("description")),
                            Typed.list(role.joined("skillsWanted"))));
            return done(id, "role");
        } catch (ServiceProblem refusal) {
            role.refusedBy(refusal, text.unavailable_events());
            return Response.status(refusal.status())
                    .entity(page(id, role, FormState.empty(), null, null))
                    .build();
        }
    }

    @POST
    @Path("/shifts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response planShift(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState shift = FormState.posted(posted).fields("roleId", "startsAt", "endsAt", "needed");
        EventsApi.Event event = events.event(id);
        Optional<ZoneId> zone = LocalTimes.zone(event.timeZone());
        Instant startsAt = EventsConsole.EventFields.time(shift, "startsAt", zone, words);
        Instant endsAt = EventsConsole.EventFields.time(shift, "endsAt", zone, words);
        Integer needed = EventsConsole.EventFields.number(shift, "needed", words);
        if (!shift.hasProblems()) {
            try {
                events.planShift(
                        id, new EventsApi.ShiftForm(Typed.blankToNull(shift.get("roleId")), startsAt, endsAt, needed));
                return done(id, "shift");
            } catch (ServiceProblem refusal) {
                shift.refusedBy(refusal, text.unavailable_events());
            }
        }
        return Response.status(400)
                .entity(page(id, FormState.empty(), shift, null, null))
                .build();
    }

    /** A role's edit form, filled with the role as events-service has it. */
    @GET
    @Path("/roles/{rid}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editRole(@PathParam("id") String id, @PathParam("rid") String roleId) {
        EventsApi.Role role = events.role(id, roleId);
        return Templates.editRole(events.event(id), roleId, role.name(), RoleFields.of(role));
    }

    /**
     * Saves a role: every field as the form has it. A refusal (a blank name, another role's name, a closed roster)
     * shows the form again with the problem beside its field and what was typed kept.
     */
    @POST
    @Path("/roles/{rid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changeRole(
            @PathParam("id") String id, @PathParam("rid") String roleId, MultivaluedMap<String, String> posted) {
        FormState role = FormState.posted(posted).fields(RoleFields.NAMES);
        try {
            events.changeRole(id, roleId, RoleFields.read(role));
            return done(id, "role-saved");
        } catch (ServiceProblem refusal) {
            role.refusedBy(refusal, text.unavailable_events());
            String name = Section.load(() -> events.role(id, roleId).name(), role.get("name"))
                    .value();
            return Response.status(refusal.status())
                    .entity(Templates.editRole(events.event(id), roleId, name, role))
                    .build();
        }
    }

    /** A shift's edit form: its role, times as the clock reads where the event is, volunteers needed. */
    @GET
    @Path("/shifts/{sid}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editShift(@PathParam("id") String id, @PathParam("sid") String shiftId) {
        EventsApi.Event event = events.event(id);
        EventsApi.Shift shift = events.shift(id, shiftId);
        return Templates.editShift(event, shift, events.roles(id), ShiftFields.of(shift, event.timeZone()));
    }

    /**
     * Saves a shift. Times that cannot be read, and every refusal of events-service (fewer places than volunteers hold
     * them, a volunteer whose other shift the new time would overlap, a completed shift), show the form again with
     * the problem beside its field, or above the form when it names none, and what was typed kept.
     */
    @POST
    @Path("/shifts/{sid}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changeShift(
            @PathParam("id") String id, @PathParam("sid") String shiftId, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields(ShiftFields.NAMES);
        EventsApi.Event event = events.event(id);
        Optional<EventsApi.ShiftForm> request = ShiftFields.read(form, event.timeZone(), words);
        int status = 400;
        if (request.isPresent()) {
            try {
                events.changeShift(id, shiftId, request.get());
                return done(id, "shift-saved");
            } catch (ServiceProblem refusal) {
                form.refusedBy(refusal, text.unavailable_events());
                status = refusal.status();
            }
        }
        return Response.status(status)
                .entity(Templates.editShift(event, events.shift(id, shiftId), events.roles(id), form))
                .build();
    }

    @POST
    @Path("/shifts/{sid}/volunteers/{pid}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response release(
            @PathParam("id") String id, @PathParam("sid") String shiftId, @PathParam("pid") String placeId) {
        return act(id, () -> events.release(id, shiftId, placeId), "released");
    }

    @POST
    @Path("/shifts/{sid}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("id") String id, @PathParam("sid") String shiftId) {
        return act(id, () -> events.completeShift(id, shiftId), "completed");
    }

    /** Completes every shift that has ended and is not completed yet: the end of the event's day in one action. */
    @POST
    @Path("/complete-ended")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response completeEnded(@PathParam("id") String id) {
        return act(
                id,
                () -> events.roster(id).shifts().stream()
                        .filter(line ->
                                line.completedAt() == null && line.endsAt().isBefore(Instant.now()))
                        .forEach(line -> events.completeShift(id, line.shiftId())),
                "completed");
    }

    @GET
    @Path("/roster.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        return Response.ok(events.rosterCsv(id), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"roster-" + id + ".csv\"")
                .build();
    }

    @GET
    @Path("/shifts/{sid}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance shift(
            @PathParam("id") String id,
            @PathParam("sid") String shiftId,
            @QueryParam("name") String name,
            @QueryParam("done") String done) {
        return shiftPage(id, shiftId, name, done, null);
    }

    @POST
    @Path("/shifts/{sid}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response assign(
            @PathParam("id") String id, @PathParam("sid") String shiftId, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        try {
            EventsApi.Place place = events.assign(id, shiftId, new EventsApi.Assign(form.get("memberId")));
            return Response.seeOther(URI.create("/coordinator/events/" + id + "/roster/shifts/" + shiftId + "?done="
                            + place.status().toLowerCase(Locale.ROOT)))
                    .build();
        } catch (ServiceProblem refusal) {
            return Response.status(refusal.status())
                    .entity(shiftPage(id, shiftId, form.get("name"), null, sentence(refusal)))
                    .build();
        }
    }

    /**
     * Invites a suggested member to sign up for the shift (events-service publishes {@code VolunteerInvited} and
     * notifications-service asks them, in the inbox and by e-mail). Inviting again sends nothing and says so.
     */
    @POST
    @Path("/shifts/{sid}/invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response invite(
            @PathParam("id") String id, @PathParam("sid") String shiftId, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        try (Response invited = events.invite(id, shiftId, new EventsApi.Invite(form.get("memberId")))) {
            String done = invited.getStatus() == 201 ? "invited" : "invited-before";
            return Response.seeOther(
                            URI.create("/coordinator/events/" + id + "/roster/shifts/" + shiftId + "?done=" + done))
                    .build();
        } catch (ServiceProblem refusal) {
            return Response.status(refusal.status())
                    .entity(shiftPage(id, shiftId, form.get("name"), null, sentence(refusal)))
                    .build();
        }
    }

    private TemplateInstance shiftPage(String id, String shiftId, String name, String done, String problem) {
        EventsApi.Event event = events.event(id);
        EventsApi.ShiftLine shift = events.roster(id).shifts().stream()
                .filter(line -> line.shiftId().equals(shiftId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException());
        Section<List<EventsApi.Suggestion>> suggestions =
                Section.load(() -> events.suggestions(id, shiftId, null), List.of());
        String typed = Typed.blankToNull(name);
        Section<List<EventsApi.Suggestion>> found = Section.load(
                () -> typed == null ? List.<EventsApi.Suggestion>of() : events.suggestions(id, shiftId, typed),
                List.of());
        return Templates.shift(event, shift, suggestions, FormState.empty().set("name", name), found, done, problem);
    }

    private TemplateInstance page(String id, FormState role, FormState shift, String done, String problem) {
        EventsApi.Event event = events.event(id);
        Section<EventsApi.Roster> roster = Section.load(() -> events.roster(id), null);
        List<EventsApi.Role> roles =
                Section.load(() -> events.roles(id), List.<EventsApi.Role>of()).value();
        return Templates.roster(event, roster, roles, role, shift, done, problem);
    }

    private Response act(String id, Runnable action, String done) {
        try {
            action.run();
            return done(id, done);
        } catch (ServiceProblem refusal) {
            return Response.status(refusal.status())
                    .entity(page(id, FormState.empty(), FormState.empty(), null, sentence(refusal)))
                    .build();
        }
    }

    private static Response done(String id, String done) {
        return Response.seeOther(URI.create("/coordinator/events/" + id + "/roster?done=" + done))
                .build();
    }

    /** The role form's fields, named as events-service names them. */
    static final class RoleFields {

        static final String[] NAMES = {"name", "description", "skillsWanted"};

        private RoleFields() {}

        static FormState of(EventsApi.Role role) {
            return FormState.empty()
                    .set("name", role.name())
                    .set("description", role.description())
                    .setAll("skillsWanted", role.skillsWanted());
        }

        static EventsApi.RoleForm read(FormState role) {
            return new EventsApi.RoleForm(
                    role.get("name"),
                    Typed.blankToNull(role.get("description")),
                    Typed.list(role.joined("skillsWanted")));
        }
    }

    /** The shift form's fields, named as events-service names them; times as the clock reads in the event's zone. */
    static final class ShiftFields {

        static final String[] NAMES = {"roleId", "startsAt", "endsAt", "needed"};

        private ShiftFields() {}

        static FormState of(EventsApi.Shift shift, String zone) {
            return FormState.empty()
                    .set("roleId", shift.roleId())
                    .set("startsAt", LocalTimes.field(shift.startsAt(), zone))
                    .set("endsAt", LocalTimes.field(shift.endsAt(), zone))
                    .set("needed", shift.needed());
        }

        /** The request the form describes, or empty when a time or the number cannot be read (the problem beside it). */
        static Optional<EventsApi.ShiftForm> read(FormState form, String timeZone, ConsoleText words) {
            Optional<ZoneId> zone = LocalTimes.zone(timeZone);
            Instant startsAt = EventsConsole.EventFields.time(form, "startsAt", zone, words);
            Instant endsAt = EventsConsole.EventFields.time(form, "endsAt", zone, words);
            Integer needed = EventsConsole.EventFields.number(form, "needed", words);
            if (form.hasProblems()) {
                return Optional.empty();
            }
            return Optional.of(
                    new EventsApi.ShiftForm(Typed.blankToNull(form.get("roleId")), startsAt, endsAt, needed));
        }
    }

    private String sentence(ServiceProblem refusal) {
        return refusal.unavailable() && refusal.problem().detail() == null
                ? text.unavailable_events()
                : Optional.ofNullable(refusal.problem().detail())
                        .orElse(refusal.problem().title());
    }
}
