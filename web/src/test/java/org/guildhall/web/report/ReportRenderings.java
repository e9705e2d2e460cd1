package org.guildhall.web.report;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.MentoringApi;
import org.guildhall.web.shell.FormState;

/**
 * Test code: the four report pages rendered with known numbers, without signing in (the pages themselves need the
 * coordinator or admin role and the services), so that tests can read their markup with jsoup.
 */
@Path("/test-render/reports")
@PermitAll
public class ReportRenderings {

    private static final Instant MAY_DAY = Instant.parse("2027-05-01T18:00:00Z");

    @GET
    @Path("/{report}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance render(@PathParam("report") String report) {
        FormState period = FormState.empty().set("from", "2027-01").set("to", "2027-06");
        return switch (report) {
            case "membership" -> ReportsPage.Templates.membership(
                    period,
                    new MembersApi.MembershipReport(
                            "2027-01",
                            "2027-06",
                            List.of(new MembersApi.MembershipMonth("2027-05", 12, 3, 1, 14_000)),
                            List.of(new MembersApi.TierStatus("professional", "ACTIVE", 100))),
                    "{\"months\":[\"2027-05\"]}",
                    "{\"active\":[140]}",
                    "{\"tiers\":[\"professional\"]}",
                    List.of("ACTIVE", "GRACE", "LAPSED", "SUSPENDED", "PENDING"),
                    List.of(new ReportsPage.TierRow("professional", List.of(100L, 0L, 0L, 0L, 0L))),
                    "from=2027-01&to=2027-06");
            case "events" -> ReportsPage.Templates.events(
                    period,
                    new EventsApi.EventsReport(
                            "2027-01",
                            "2027-06",
                            List.of(new EventsApi.EventLine(
                                    "e1",
                                    "Spring mixer with a long title",
                                    MAY_DAY,
                                    "COMPLETED",
                                    40,
                                    38,
                                    6,
                                    30,
                                    30.0 / 38,
                                    5,
                                    4)),
                            5,
                            4,
                            0.8),
                    "{\"seats\":[38]}",
                    "{\"attendance\":[79]}",
                    "from=2027-01&to=2027-06");
            case "volunteering" -> ReportsPage.Templates.volunteering(
                    period,
                    new EventsApi.VolunteeringReport(
                            "2027-01",
                            "2027-06",
                            List.of(new EventsApi.EventPlaces(
                                    "e1", "Spring mixer", MAY_DAY, 6, 5, 1, new BigDecimal("12.5"))),
                            List.of(new EventsApi.MonthHours("2027-05", new BigDecimal("12.5"), 5, 5)),
                            List.of(new EventsApi.RoleLine("Greeter", 2, 4, new BigDecimal("8.0")))),
                    "{\"places\":[5]}",
                    "{\"hours\":[12.5]}",
                    "{\"roles\":[4]}",
                    "from=2027-01&to=2027-06");
            default -> {
                MentoringApi.ProgrammeLine published =
                        new MentoringApi.ProgrammeLine("p1", "Spring cohort", "PUBLISHED", MAY_DAY, 4, 6, 5, 5.0 / 6);
                yield ReportsPage.Templates.mentoring(
                        period,
                        new MentoringApi.MentoringReport(
                                "2027-01",
                                "2027-06",
                                List.of(new MentoringApi.MentoringMonth("2027-05", 7, 5, 4, 9, 11, 660)),
                                List.of(published)),
                        "{\"flow\":[7]}",
                        "{\"active\":[9]}",
                        "{\"sessions\":[11]}",
                        "{\"programmes\":[83]}",
                        List.of(published),
                        "from=2027-01&to=2027-06");
            }
        };
    }
}
