package org.guildhall.mentoring.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.report.ReportPeriod;

/**
 * {@code GET /reports/mentoring?from=yyyy-MM&to=yyyy-MM}: requests, acceptances, mentorships begun and active, and
 * sessions by month; the cohort programmes opened in the period with their match rates. Coordinators and admins.
 */
@Path("/reports/mentoring")
@RolesAllowed({Caller.COORDINATOR, Caller.ADMIN})
public class MentoringReportResource {

    private final MentoringReports reports;
    private final Clock clock;

    MentoringReportResource(MentoringReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    public MentoringReport mentoring(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.mentoring(ReportPeriod.of(from, to, clock));
    }
}
