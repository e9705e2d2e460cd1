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
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.MentoringApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * Reports for coordinators and administrators, one page per area: {@code /reports/membership} (joins, renewals, lapses
 * and active members by month; members by tier and status), {@code /reports/events} (seats, attendance, waitlist
 * conversion), {@code /reports/volunteering} (places filled against needed, hours by month, top roles) and
 * {@code /reports/mentoring} (requests, acceptances, active mentorships, sessions, programme match rates). Each chart is drawn from the numbers that stand in the
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

        static native TemplateInstance events(
                FormState period,
                EventsApi.EventsReport report,
                String seatsChart,
                String attendanceChart,
                String csvQuery);

        static native TemplateInstance event(EventsApi.RegistrationsOverTime report, String chart);

        static native TemplateInstance volunteering(
                FormState period,
                EventsApi.VolunteeringReport report,
                String placesChart,
                String hoursChart,
                String rolesChart,
                String csvQuery);

        static native TemplateInstance mentoring(
                FormState period,
                MentoringApi.MentoringReport report,
                String flowChart,
                String activeChart,
                String sessionsChart,
                String programmesChart,
                List<MentoringApi.ProgrammeLine> published,
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

    @Inject
    @RestClient
    EventsApi eventsApi;

    @Inject
    @RestClient
    MentoringApi mentoringApi;

    @GET
    @Path("/events")
    @Produces(MediaType.TEXT_HTML)
    public Response events(@QueryParam("from") String from, @QueryParam("to") String to) {
        FormState period = FormState.empty().set("from", from).set("to", to);
        EventsApi.EventsReport report;
        try {
            report = eventsApi.eventsReport(Typed.blankToNull(from), Typed.blankToNull(to));
        } catch (ServiceProblem refusal) {
            period.refusedBy(refusal, text.unavailable_events());
            return Response.status(refusal.pageStatus())
                    .entity(Templates.events(period, null, null, null, ""))
                    .build();
        }
        period.set("from", report.from()).set("to", report.to());
        List<String> titles =
                report.events().stream().map(EventsApi.EventLine::title).toList();
        String seatsChart = write(new Chart(
                "bar",
                false,
                titles,
                List.of(
                        new Chart.Series(
                                words.confirmed(),
                                report.events().stream()
                                        .map(EventsApi.EventLine::confirmed)
                                        .toList()),
                        new Chart.Series(
                                words.capacity(),
                                report.events().stream()
                                        .map(e -> (long) e.capacity())
                                        .toList()))));
        String attendanceChart = write(new Chart(
                "bar",
                false,
                titles,
                List.of(new Chart.Series(
                        words.attendance_percent(),
                        report.events().stream()
                                .map(e -> Math.max(0, e.attendancePercent()))
                                .toList()))));
        return Response.ok(Templates.events(
                        period, report, seatsChart, attendanceChart, "from=" + report.from() + "&to=" + report.to()))
                .build();
    }

    @GET
    @Path("/events/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance event(@jakarta.ws.rs.PathParam("id") String id) {
        EventsApi.RegistrationsOverTime report = eventsApi.registrationsOverTime(id);
        List<String> days = report.days().stream().map(EventsApi.Day::day).toList();
        String chart = write(new Chart(
                "line",
                false,
                days,
                List.of(
                        new Chart.Series(
                                words.confirmed(),
                                report.days().stream()
                                        .map(EventsApi.Day::confirmed)
                                        .toList()),
                        new Chart.Series(
                                words.capacity(),
                                report.days().stream()
                                        .map(day -> (long) report.capacity())
                                        .toList()))));
        return Templates.event(report, chart);
    }

    @GET
    @Path("/events.csv")
    @Produces("text/csv")
    public Response eventsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        EventsApi.EventsReport report = eventsApi.eventsReport(Typed.blankToNull(from), Typed.blankToNull(to));
        List<List<Object>> rows = new ArrayList<>();
        for (EventsApi.EventLine e : report.events()) {
            rows.add(java.util.Arrays.asList(
                    e.title(),
                    String.valueOf(e.startsAt()),
                    e.status(),
                    (long) e.capacity(),
                    e.confirmed(),
                    e.waitlisted(),
                    e.checkedIn(),
                    e.attendanceRate() == null ? "" : String.valueOf(e.attendanceRate()),
                    e.offersMade(),
                    e.offersClaimed()));
        }
        return Csv.download(
                Csv.write(
                        List.of(
                                "event",
                                "startsAt",
                                "status",
                                "capacity",
                                "confirmed",
                                "waitlisted",
                                "checkedIn",
                                "attendanceRate",
                                "offersMade",
                                "offersClaimed"),
                        rows),
                "events-" + report.from() + "-" + report.to() + ".csv");
    }

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

    /** Places filled against needed per event, hours by month, the top roles: charts, tables, CSV. */
    @GET
    @Path("/volunteering")
    @Produces(MediaType.TEXT_HTML)
    public Response volunteering(@QueryParam("from") String from, @QueryParam("to") String to) {
        FormState period = FormState.empty().set("from", from).set("to", to);
        EventsApi.VolunteeringReport report;
        try {
            report = eventsApi.volunteeringReport(Typed.blankToNull(from), Typed.blankToNull(to));
        } catch (ServiceProblem refusal) {
            period.refusedBy(refusal, text.unavailable_events());
            return Response.status(refusal.pageStatus())
                    .entity(Templates.volunteering(period, null, null, null, null, ""))
                    .build();
        }
        period.set("from", report.from()).set("to", report.to());
        String placesChart = write(new Chart(
                "bar",
                false,
                report.events().stream().map(EventsApi.EventPlaces::title).toList(),
                List.of(
                        new Chart.Series(
                                words.places_needed(),
                                report.events().stream()
                                        .map(EventsApi.EventPlaces::needed)
                                        .toList()),
                        new Chart.Series(
                                words.places_filled(),
                                report.events().stream()
                                        .map(EventsApi.EventPlaces::filled)
                                        .toList()))));
        String hoursChart = write(new Chart(
                "bar",
                false,
                report.months().stream().map(EventsApi.MonthHours::month).toList(),
                List.of(new Chart.Series(
                        words.hours(),
                        report.months().stream()
                                .map(EventsApi.MonthHours::hours)
                                .toList()))));
        String rolesChart = write(new Chart(
                "bar",
                false,
                report.roles().stream().map(EventsApi.RoleLine::role).toList(),
                List.of(new Chart.Series(
                        words.places_filled(),
                        report.roles().stream().map(EventsApi.RoleLine::filled).toList()))));
        return Response.ok(Templates.volunteering(
                        period,
                        report,
                        placesChart,
                        hoursChart,
                        rolesChart,
                        "from=" + report.from() + "&to=" + report.to()))
                .build();
    }

    @GET
    @Path("/volunteering.csv")
    @Produces("text/csv")
    public Response volunteeringCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        EventsApi.VolunteeringReport report =
                eventsApi.volunteeringReport(Typed.blankToNull(from), Typed.blankToNull(to));
        List<List<Object>> rows = new ArrayList<>();
        for (EventsApi.EventPlaces e : report.events()) {
            rows.add(java.util.Arrays.asList(
                    "event",
                    e.title(),
                    String.valueOf(e.startsAt()),
                    e.needed(),
                    e.filled(),
                    e.open(),
                    "",
                    "",
                    "",
                    e.hours()));
        }
        for (EventsApi.MonthHours m : report.months()) {
            rows.add(java.util.Arrays.asList(
                    "month", m.month(), "", "", "", "", "", m.volunteers(), m.places(), m.hours()));
        }
        for (EventsApi.RoleLine r : report.roles()) {
            rows.add(java.util.Arrays.asList("role", r.role(), "", "", r.filled(), "", r.shifts(), "", "", r.hours()));
        }
        return Csv.download(
                Csv.write(
                        List.of(
                                "section",
                                "name",
                                "startsAt",
                                "needed",
                                "filled",
                                "open",
                                "shifts",
                                "volunteers",
                                "places",
                                "hours"),
                        rows),
                "volunteering-" + report.from() + "-" + report.to() + ".csv");
    }

    /**
     * Requests, acceptances and mentorships begun by month, mentorships active at each month's end, sessions logged,
     * the programmes' match rates: charts, tables, CSV.
     */
    @GET
    @Path("/mentoring")
    @Produces(MediaType.TEXT_HTML)
    public Response mentoring(@QueryParam("from") String from, @QueryParam("to") String to) {
        FormState period = FormState.empty().set("from", from).set("to", to);
        MentoringApi.MentoringReport report;
        try {
            report = mentoringApi.mentoringReport(Typed.blankToNull(from), Typed.blankToNull(to));
        } catch (ServiceProblem refusal) {
            period.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.pageStatus())
                    .entity(Templates.mentoring(period, null, null, null, null, null, List.of(), ""))
                    .build();
        }
        period.set("from", report.from()).set("to", report.to());
        List<String> months =
                report.months().stream().map(MentoringApi.MentoringMonth::month).toList();
        String flowChart = write(new Chart(
                "bar",
                false,
                months,
                List.of(
                        new Chart.Series(
                                words.requests(),
                                report.months().stream()
                                        .map(MentoringApi.MentoringMonth::requests)
                                        .toList()),
                        new Chart.Series(
                                words.acceptances(),
                                report.months().stream()
                                        .map(MentoringApi.MentoringMonth::acceptances)
                                        .toList()),
                        new Chart.Series(
                                words.started(),
                                report.months().stream()
                                        .map(MentoringApi.MentoringMonth::started)
                                        .toList()))));
        String activeChart = write(new Chart(
                "line",
                false,
                months,
                List.of(new Chart.Series(
                        words.active_mentorships(),
                        report.months().stream()
                                .map(MentoringApi.MentoringMonth::active)
                                .toList()))));
        String sessionsChart = write(new Chart(
                "bar",
                false,
                months,
                List.of(new Chart.Series(
                        words.sessions(),
                        report.months().stream()
                                .map(MentoringApi.MentoringMonth::sessions)
                                .toList()))));
        List<MentoringApi.ProgrammeLine> published = report.programmes().stream()
                .filter(line -> line.matchRate() != null)
                .toList();
        String programmesChart = write(new Chart(
                "bar",
                false,
                published.stream().map(MentoringApi.ProgrammeLine::name).toList(),
                List.of(new Chart.Series(
                        words.match_percent(),
                        published.stream()
                                .map(MentoringApi.ProgrammeLine::matchPercent)
                                .toList()))));
        return Response.ok(Templates.mentoring(
                        period,
                        report,
                        flowChart,
                        activeChart,
                        sessionsChart,
                        programmesChart,
                        published,
                        "from=" + report.from() + "&to=" + report.to()))
                .build();
    }

    @GET
    @Path("/mentoring.csv")
    @Produces("text/csv")
    public Response mentoringCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        MentoringApi.MentoringReport report =
                mentoringApi.mentoringReport(Typed.blankToNull(from), Typed.blankToNull(to));
        List<List<Object>> rows = new ArrayList<>();
        for (MentoringApi.MentoringMonth m : report.months()) {
            rows.add(java.util.Arrays.asList(
                    "month",
                    m.month(),
                    "",
                    "",
                    m.requests(),
                    m.acceptances(),
                    m.started(),
                    m.active(),
                    m.sessions(),
                    m.sessionMinutes(),
                    "",
                    "",
                    "",
                    ""));
        }
        for (MentoringApi.ProgrammeLine p : report.programmes()) {
            rows.add(java.util.Arrays.asList(
                    "programme",
                    "",
                    p.name(),
                    p.status(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    p.mentors(),
                    p.mentees(),
                    p.matched(),
                    p.matchRate() == null ? "" : String.valueOf(p.matchRate())));
        }
        return Csv.download(
                Csv.write(
                        List.of(
                                "section",
                                "month",
                                "programme",
                                "status",
                                "requests",
                                "acceptances",
                                "started",
                                "active",
                                "sessions",
                                "sessionMinutes",
                                "mentors",
                                "mentees",
                                "matched",
                                "matchRate"),
                        rows),
                "mentoring-" + report.from() + "-" + report.to() + ".csv");
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
