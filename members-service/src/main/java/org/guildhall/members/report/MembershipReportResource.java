package org.guildhall.members.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.report.ReportPeriod;

/** {@code GET /reports/membership?from=yyyy-MM&to=yyyy-MM}: for coordinators and administrators. */
@Path("/reports/membership")
@RolesAllowed({Caller.COORDINATOR, Caller.ADMIN})
public class MembershipReportResource {

    private final MembershipReports reports;
    private final Clock clock;

    MembershipReportResource(MembershipReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    public MembershipReport membership(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.report(ReportPeriod.of(from, to, clock));
    }
}
