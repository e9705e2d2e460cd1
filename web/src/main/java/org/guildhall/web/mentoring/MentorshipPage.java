package org.guildhall.web.mentoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MentoringApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /mentoring/mentorships/{id}}: one mentorship as its pair sees it: the session log (date, minutes, topics and
 * notes only the pair reads) with a form to log a session, completing or ending it with feedback, and a way to thank
 * the other. mentoring-service decides who may see and do what (only the pair).
 */
@Path("/mentoring/mentorships/{id}")
@Authenticated
public class MentorshipPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mentorship(
                MentoringApi.Mentorship mentorship,
                String other,
                Section<List<MentoringApi.Session>> sessions,
                FormState sessionForm,
                FormState finishForm,
                String done);
    }

    @Inject
    Viewer viewer;

    @Inject
    Text text;

    @Inject
    @RestClient
    MentoringApi mentoring;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, null, null, done);
    }

    /** Log a session: {@code sessionDate} (a date), {@code durationMinutes} (5-480), {@code topics}, notes. */
    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response logSession(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("sessionDate", "durationMinutes", "topics", "privateNotes");
        LocalDate date;
        Integer minutes;
        try {
            date = Typed.date(form.get("sessionDate"));
        } catch (DateTimeParseException e) {
            form.problem("sessionDate", text.problem_date());
            return Response.status(400).entity(page(id, form, null, null)).build();
        }
        try {
            minutes = Typed.blankToNull(form.get("durationMinutes")) == null
                    ? null
                    : Integer.valueOf(form.get("durationMinutes").trim());
        } catch (NumberFormatException e) {
            form.problem("durationMinutes", text.problem_number());
            return Response.status(400).entity(page(id, form, null, null)).build();
        }
        try {
            mentoring.logSession(
                    id,
                    new MentoringApi.SessionLog(
                            date,
                            minutes,
                            Typed.list(form.get("topics")),
                            Typed.blankToNull(form.get("privateNotes"))));
            return done(id, "logged");
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.pageStatus())
                    .entity(page(id, form, null, null))
                    .build();
        }
    }

    /** Complete ({@code how=complete}) or end early ({@code how=end}, with a {@code reason}), with feedback. */
    @POST
    @Path("/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response finish(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("reason", "feedback");
        MentoringApi.Finish finish =
                new MentoringApi.Finish(Typed.blankToNull(form.get("reason")), Typed.blankToNull(form.get("feedback")));
        try {
            if ("end".equals(form.get("how"))) {
                mentoring.end(id, finish);
                return done(id, "ended");
            }
            mentoring.complete(id, finish);
            return done(id, "completed");
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.pageStatus())
                    .entity(page(id, null, form, null))
                    .build();
        }
    }

    private static Response done(String id, String what) {
        return Response.seeOther(URI.create("/mentoring/mentorships/" + id + "?done=" + what))
                .build();
    }

    private TemplateInstance page(String id, FormState sessionForm, FormState finishForm, String done) {
        MentoringApi.Mentorship mentorship = mentoring.mentorship(id);
        String other = viewer.id().equals(mentorship.mentorId()) ? mentorship.menteeId() : mentorship.mentorId();
        return Templates.mentorship(
                mentorship,
                other,
                Section.load(() -> mentoring.sessions(id), List.of()),
                sessionForm == null
                        ? FormState.empty()
                                .set("sessionDate", LocalDate.now(viewer.zone()))
                                .set("durationMinutes", 45)
                        : sessionForm,
                finishForm == null ? FormState.empty() : finishForm,
                done);
    }
}
