package org.guildhall.web.coordinator;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.List;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.Problem;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;

/**
 * Test code only: renders the roster console's edit forms and shift page as the console does after a post (what was
 * typed, read by {@link RosterConsole.RoleFields} and {@link RosterConsole.ShiftFields}, and events-service's refusal
 * placed by {@code FormState}), without signing in: signing in needs Keycloak, which system-tests' CoordinatorWebIT
 * runs. The refusals are the problems events-service answers (its README), violations and all.
 */
@Path("/test-render/roster")
@PermitAll
public class RosterRenderings {

    static final Instant START = Instant.parse("2027-02-10T09:00:00Z");
    static final EventsApi.Event EVENT = new EventsApi.Event(
            "e7a1c2d3-4b5c-4d6e-9f0a-1b2c3d4e5f60",
            "Harbour Fair",
            null,
            "CONFERENCE",
            START,
            START.plusSeconds(8 * 3600),
            "Europe/London",
            "Guildhall, London",
            null,
            50,
            0,
            50,
            true,
            "CONFIRM_AT_ONCE",
            24,
            "PUBLISHED",
            null,
            null,
            null,
            List.of());
    static final List<EventsApi.Role> ROLES = List.of(
            new EventsApi.Role("role-desk", EVENT.id(), "Registration desk", null, List.of("friendly")),
            new EventsApi.Role("role-host", EVENT.id(), "Room host", null, List.of()));
    static final EventsApi.Shift SHIFT = new EventsApi.Shift(
            "shift-1", EVENT.id(), "role-desk", "Registration desk", START, START.plusSeconds(3 * 3600), 3, 1, null);

    @Inject
    ConsoleText words;

    /** A coordinator asked for one place where two volunteers hold places. */
    @GET
    @Path("/shift-needs-fewer")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance shiftNeedsFewer() {
        FormState form = posted("roleId", "role-host", "startsAt", "2027-02-10T10:00", "endsAt", "2027-02-10T12:30")
                .set("needed", "1")
                .fields(RosterConsole.ShiftFields.NAMES);
        RosterConsole.ShiftFields.read(form, EVENT.timeZone(), words).orElseThrow();
        form.refusedBy(
                refusal(
                        409,
                        "fewer-places-than-volunteers",
                        "needed: 2 volunteers hold places on this shift, so it cannot need fewer than 2; release"
                                + " volunteers first",
                        new Problem.Violation(
                                "needed",
                                "2 volunteers hold places on this shift, so it cannot need fewer than 2; release"
                                        + " volunteers first")),
                "down");
        return RosterConsole.Templates.editShift(EVENT, SHIFT, ROLES, form);
    }

    /** A time typed that is not one: refused here, beside its field, before events-service is asked. */
    @GET
    @Path("/shift-unreadable-time")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance shiftUnreadableTime() {
        FormState form = posted("roleId", "role-desk", "startsAt", "tomorrow at nine", "endsAt", "2027-02-10T12:00")
                .set("needed", "3")
                .fields(RosterConsole.ShiftFields.NAMES);
        if (RosterConsole.ShiftFields.read(form, EVENT.timeZone(), words).isPresent()) {
            throw new IllegalStateException("an unreadable time was read");
        }
        return RosterConsole.Templates.editShift(EVENT, SHIFT, ROLES, form);
    }

    /** A moved shift that would overlap a volunteer's other shift: the sentence names both, above the form. */
    @GET
    @Path("/shift-clash")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance shiftClash() {
        FormState form = posted("roleId", "role-desk", "startsAt", "2027-02-10T07:00", "endsAt", "2027-02-10T08:00")
                .set("needed", "3")
                .fields(RosterConsole.ShiftFields.NAMES);
        form.refusedBy(
                refusal(
                        409,
                        "shift-conflict",
                        "Grace Hopper already holds the Room host shift at Harbour Fair, Wed 10 Feb 2027 07:00–09:00"
                                + " (Europe/London), which would overlap this one at its new time",
                        null),
                "down");
        return RosterConsole.Templates.editShift(EVENT, SHIFT, ROLES, form);
    }

    /** A role renamed to the name of another role of the event. */
    @GET
    @Path("/role-name-taken")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance roleNameTaken() {
        FormState role = posted("name", "Room host", "description", "Greets people\nand hands out badges")
                .setAll("skillsWanted", List.of("friendly", "first aid"))
                .fields(RosterConsole.RoleFields.NAMES);
        EventsApi.RoleForm request = RosterConsole.RoleFields.read(role);
        if (!request.skillsWanted().equals(List.of("friendly", "first aid"))) {
            throw new IllegalStateException("skills read as " + request.skillsWanted());
        }
        role.refusedBy(
                refusal(
                        409,
                        "role-exists",
                        "name: the event has a role Room host already",
                        new Problem.Violation("name", "the event has a role Room host already")),
                "down");
        return RosterConsole.Templates.editRole(EVENT, "role-desk", "Registration desk", role);
    }

    /** A role's form as it opens: the role as events-service has it. */
    @GET
    @Path("/role")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance role() {
        return RosterConsole.Templates.editRole(
                EVENT, "role-desk", "Registration desk", RosterConsole.RoleFields.of(ROLES.get(0)));
    }

    /** The shift page with two suggestions, one of them invited already. */
    @GET
    @Path("/suggestions")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance suggestions() {
        EventsApi.ShiftLine line = new EventsApi.ShiftLine(
                SHIFT.id(),
                SHIFT.roleName(),
                SHIFT.startsAt(),
                SHIFT.endsAt(),
                3,
                1,
                true,
                List.of(),
                List.of(),
                List.of(),
                null);
        List<EventsApi.Suggestion> suggested = List.of(
                new EventsApi.Suggestion("member-ada", "Ada Lovelace", true, true, List.of("friendly"), 1, false),
                new EventsApi.Suggestion("member-grace", "Grace Hopper", true, true, List.of("friendly"), 1, true));
        return RosterConsole.Templates.shift(
                EVENT,
                line,
                Section.load(() -> suggested, List.of()),
                FormState.empty(),
                Section.load(List::<EventsApi.Suggestion>of, List.of()),
                "invited",
                null);
    }

    private static FormState posted(String... namesAndValues) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return FormState.posted(form);
    }

    private static ServiceProblem refusal(int status, String kind, String detail, Problem.Violation violation) {
        return new ServiceProblem(
                "events-service",
                new Problem(
                        "https://guildhall.org/problems/" + kind,
                        status == 409 ? "Conflict" : "Bad request",
                        status,
                        detail,
                        violation == null ? List.of() : List.of(violation)));
    }
}
