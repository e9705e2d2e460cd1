package org.guildhall.web.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MentoringApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /coordinator/programmes}: cohort mentoring programmes, opened with an enrolment window;
 * {@code .../{id}}: the enrolled mentors (with the places they give) and mentees, pair rules (pin or forbid), the
 * matching run with its objective, the proposed pairs with each score explained criterion by criterion and the reason
 * for every unmatched mentee, and publication.
 */
@Path("/coordinator/programmes")
@RolesAllowed("coordinator")
public class ProgrammesConsole {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programmes(Section<Page<MentoringApi.Programme>> programmes, FormState form);

        static native TemplateInstance programme(
                MentoringApi.Programme programme,
                Section<MentoringApi.ProgrammeOverview> overview,
                FormState rule,
                FormState matching,
                String done,
                String problem);
    }

    @Inject
    Text text;

    @Inject
    ConsoleText words;

    @Inject
    Viewer viewer;

    @Inject
    @RestClient
    MentoringApi mentoring;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return listPage(FormState.empty().set("enrolmentOpensAt", LocalTimes.field(Instant.now(), zone())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response open(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("name", "enrolmentOpensAt", "enrolmentClosesAt");
        Optional<ZoneId> zone = Optional.of(viewer.zone());
        Instant opensAt = EventsConsole.EventFields.time(form, "enrolmentOpensAt", zone, words);
        Instant closesAt = EventsConsole.EventFields.time(form, "enrolmentClosesAt", zone, words);
        if (!form.hasProblems()) {
            try {
                MentoringApi.Programme programme =
                        mentoring.openProgramme(new MentoringApi.ProgrammeForm(form.get("name"), opensAt, closesAt));
                return Response.seeOther(URI.create("/coordinator/programmes/" + programme.id() + "?done=opened"))
                        .build();
            } catch (ServiceProblem refusal) {
                form.refusedBy(refusal, text.unavailable_mentoring());
            }
        }
        return Response.status(400).entity(listPage(form)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance programme(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, FormState.empty().set("rule", "PIN"), matchingForm(), done, null);
    }

    @POST
    @Path("/{id}/pair-rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rule(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState rule = FormState.posted(posted).fields("mentorId", "menteeId", "rule");
        try {
            mentoring.pairRule(
                    id,
                    new MentoringApi.PairRuleForm(
                            Typed.blankToNull(rule.get("mentorId")),
                            Typed.blankToNull(rule.get("menteeId")),
                            Typed.blankToNull(rule.get("rule"))));
            return done(id, "rule");
        } catch (ServiceProblem refusal) {
            rule.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.status())
                    .entity(page(id, rule, matchingForm(), null, null))
                    .build();
        }
    }

    @POST
    @Path("/{id}/matching")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response match(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState matching = FormState.posted(posted).fields("objective", "candidatesPerMentee");
        Integer candidates = EventsConsole.EventFields.number(matching, "candidatesPerMentee", words);
        if (!matching.hasProblems()) {
            try {
                mentoring.runMatching(
                        id, new MentoringApi.MatchingForm(Typed.blankToNull(matching.get("objective")), candidates));
                return done(id, "matched");
            } catch (ServiceProblem refusal) {
                matching.refusedBy(refusal, text.unavailable_mentoring());
            }
        }
        return Response.status(400)
                .entity(page(id, FormState.empty().set("rule", "PIN"), matching, null, null))
                .build();
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response publish(@PathParam("id") String id) {
        try {
            mentoring.publishProgramme(id);
            return done(id, "published");
        } catch (ServiceProblem refusal) {
            String problem = refusal.unavailable() && refusal.problem().detail() == null
                    ? text.unavailable_mentoring()
                    : Optional.ofNullable(refusal.problem().detail())
                            .orElse(refusal.problem().title());
            return Response.status(refusal.status())
                    .entity(page(id, FormState.empty().set("rule", "PIN"), matchingForm(), null, problem))
                    .build();
        }
    }

    private TemplateInstance listPage(FormState form) {
        return Templates.programmes(
                Section.load(
                        () -> mentoring.programmes(0, PAGE_SIZE),
                        new Page<MentoringApi.Programme>(List.of(), 0, PAGE_SIZE, 0)),
                form);
    }

    private TemplateInstance page(String id, FormState rule, FormState matching, String done, String problem) {
        MentoringApi.Programme programme = mentoring.programme(id);
        return Templates.programme(
                programme, Section.load(() -> mentoring.programmeOverview(id), null), rule, matching, done, problem);
    }

    private static FormState matchingForm() {
        return FormState.empty().set("objective", "MOST_MATCHES_THEN_SCORE").set("candidatesPerMentee", 50);
    }

    private String zone() {
        return viewer.zone().getId();
    }

    private static Response done(String id, String done) {
        return Response.seeOther(URI.create("/coordinator/programmes/" + id + "?done=" + done))
                .build();
    }
}
