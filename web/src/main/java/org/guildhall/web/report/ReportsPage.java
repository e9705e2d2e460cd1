package org.guildhall.web.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * Reports for coordinators and administrators, one page per area: {@code /reports/membership} (joins, renewals, lapses
 * and active members by month; members by tier and status). Each chart is drawn from the numbers that stand in the
 * table beside it (its text alternative), and the page's numbers download as CSV. The period is a range of months the
 * person chooses (at most five years, the services' bound; a refusal shows beside its field).
 */
@Path("/reports")
@RolesAllowed({"coordinator", "admin"})
public class ReportsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();

        static native TemplateInstance membership(
                FormState period,
                MembersApi.MembershipReport report,
                String monthsChart,
                String activeChart,
                String tiersChart,
                List<String> statuses,
                List<TierRow> tiers,
                String csvQuery);
    }

    /** One tier's members by status, in the order of {@code statuses}. */
    public record TierRow(String tier, List<Long> counts) {}

    @Inject
    Text text;

    @Inject
    ReportText words;

    @Inject
    ObjectMapper json;

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index();
    }

    @GET
    @Path("/membership")
    @Produces(MediaType.TEXT_HTML)
    public Response membership(@QueryParam("from") String from, @QueryParam("to") String to) {
        FormState period = FormState.empty().set("from", from).set("to", to);
        MembersApi.MembershipReport report;
        try {
            report = members.membershipReport(Typed.blankToNull(from), Typed.blankToNull(to));
        } catch (ServiceProblem refusal) {
            period.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(Templates.membership(period, null, null, null, null, List.of(), List.of(), ""))
                    .build();
        }
        period.set("from", report.from()).set("to", report.to());
        List<String> months =
                report.months().stream().map(MembersApi.MembershipMonth::month).toList();
        String monthsChart = write(new Chart(
                "bar",
                false,
                months,
                List.of(
                        new Chart.Series(words.joins(), values(report, MembersApi.MembershipMonth::joins)),
                        new Chart.Series(words.renewals(), values(report, MembersApi.MembershipMonth::renewals)),
                        new Chart.Series(words.lapses(), values(report, MembersApi.MembershipMonth::lapses)))));
        String activeChart = write(new Chart(
                "line",
                false,
                months,
                List.of(new Chart.Series(words.active(), values(report, MembersApi.MembershipMonth::active)))));
        List<String> statuses = statuses(report);
        List<TierRow> tiers = tierRows(report, statuses);
        List<Chart.Series> byStatus = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            int column = i;
            byStatus.add(new Chart.Series(
                    words.member_status(statuses.get(i)),
                    tiers.stream().map(row -> row.counts().get(column)).toList()));
        }
        String tiersChart =
                write(new Chart("bar", true, tiers.stream().map(TierRow::tier).toList(), byStatus));
        return Response.ok(Templates.membership(
                        period,
                        report,
                        monthsChart,
                        activeChart,
                        tiersChart,
                        statuses,
                        tiers,
                        "from=" + report.from() + "&to=" + report.to()))
                .build();
    }

    @GET
    @Path("/membership.csv")
    @Produces("text/csv")
    public Response membershipCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        MembersApi.MembershipReport report = members.membershipReport(Typed.blankToNull(from), Typed.blankToNull(to));
        List<List<Object>> rows = new ArrayList<>();
        for (MembersApi.MembershipMonth month : report.months()) {
            rows.add(List.of(
                    "month", month.month(), "", "", month.joins(), month.renewals(), month.lapses(), month.active()));
        }
        for (MembersApi.TierStatus row : report.byTierAndStatus()) {
            rows.add(List.of("tier-status", "", row.tier(), row.status(), "", "", "", row.members()));
        }
        return Csv.download(
                Csv.write(
                        List.of("section", "month", "tier", "status", "joins", "renewals", "lapses", "members"), rows),
                "membership-" + report.from() + "-" + report.to() + ".csv");
    }

    private static List<Long> values(
            MembersApi.MembershipReport report, java.util.function.ToLongFunction<MembersApi.MembershipMonth> value) {
        return report.months().stream().map(month -> value.applyAsLong(month)).toList();
    }

    private static List<String> statuses(MembersApi.MembershipReport report) {
        Set<String> statuses = new LinkedHashSet<>(List.of("PENDING", "ACTIVE", "GRACE", "LAPSED", "SUSPENDED"));
        report.byTierAndStatus().forEach(row -> statuses.add(row.status()));
        return List.copyOf(statuses);
    }

    private static List<TierRow> tierRows(MembersApi.MembershipReport report, List<String> statuses) {
        Map<String, long[]> byTier = new LinkedHashMap<>();
        for (MembersApi.TierStatus row : report.byTierAndStatus()) {
            byTier.computeIfAbsent(row.tier(), tier -> new long[statuses.size()])[statuses.indexOf(row.status())] +=
                    row.members();
        }
        List<TierRow> rows = new ArrayList<>();
        byTier.forEach((tier, counts) -> rows.add(
                new TierRow(tier, java.util.Arrays.stream(counts).boxed().toList())));
        return rows;
    }

    private String write(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
