package org.guildhall.events.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.guildhall.kit.edge.EdgeRefusal;
import org.guildhall.kit.identity.Caller;

/** CSV downloads for coordinators and administrators (issue 16). */
@Path("/events")
@RolesAllowed({Caller.COORDINATOR, Caller.ADMIN})
public class ExportResource {

    /** The longest range of one hours export: a year, leap day included. */
    static final long MAX_DAYS = 366;

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final EventExports exports;

    ExportResource(EventExports exports) {
        this.exports = exports;
    }

    @GET
    @Path("/{eventId}/registrations.csv")
    @Produces("text/csv")
    public Response registrations(@PathParam("eventId") UUID eventId) {
        return csv(exports.registrations(eventId), "registrations-" + eventId + ".csv");
    }

    @GET
    @Path("/volunteer-hours.csv")
    @Produces("text/csv")
    public Response volunteerHours(
            @QueryParam("from") @NotNull @Pattern(regexp = DATE, message = "must be a date (yyyy-mm-dd)") String from,
            @QueryParam("to") @NotNull @Pattern(regexp = DATE, message = "must be a date (yyyy-mm-dd)") String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw EdgeRefusal.of("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw EdgeRefusal.of("to", "must be at most " + MAX_DAYS + " days after from");
        }
        return csv(exports.volunteerHours(first, last), "volunteer-hours-" + first + "-" + last + ".csv");
    }

    private static LocalDate date(String name, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                throw EdgeRefusal.of(name, "must be a date between the years 1900 and 9999");
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw EdgeRefusal.of(name, "must be a date (yyyy-mm-dd)");
        }
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body)
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
