package org.guildhall.events.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.report.ReportPeriod;

/**
 * {@code GET /reports/volunteering?from=yyyy-MM&to=yyyy-MM}: places filled against needed per event, hours by month,
 * the top volunteer roles; coordinators and admins.
 */
@Path("/reports/volunteering")
@RolesAllowed({Caller.COORDINATOR, Caller.ADMIN})
public class VolunteeringReportResource {

    private final VolunteeringReports reports;
    private final Clock clock;

    VolunteeringReportResource(VolunteeringReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    public VolunteeringReport volunteering(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.volunteering(ReportPeriod.of(from, to, clock));
    }
}
