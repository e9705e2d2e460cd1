package org.guildhall.events.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.report.ReportPeriod;

/**
 * {@code GET /reports/events?from=yyyy-MM&to=yyyy-MM} (events starting in those months) and
 * {@code GET /reports/events/{id}/registrations} (seats held by day before the event): coordinators and admins.
 */
@Path("/reports/events")
@RolesAllowed({Caller.COORDINATOR, Caller.ADMIN})
public class EventReportResource {

    private final EventReports reports;
    private final Clock clock;

    EventReportResource(EventReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    public EventsReport events(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.events(ReportPeriod.of(from, to, clock));
    }

    @GET
    @Path("/{id}/registrations")
    public EventsReport.RegistrationsOverTime registrations(@PathParam("id") UUID id) {
        return reports.registrationsOverTime(id);
    }
}
