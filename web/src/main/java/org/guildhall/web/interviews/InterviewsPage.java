package org.guildhall.web.interviews;

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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MentoringApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Action;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /interviews}: informational interviews. Asking a member (the host, from their member page) for a short
 * conversation on a topic at one of up to three times typed in the asker's own zone; as the host, accepting one of
 * those times, proposing another, or declining; as the asker, taking the host's other time; either side marking it
 * done once its time has come; and how many the member hosts a month. mentoring-service keeps the rules (the host's
 * monthly limit, whose turn it is).
 */
@Path("/interviews")
@Authenticated
public class InterviewsPage {

    /** How many times an asker may offer ({@code time1} .. {@code time3}); the service takes up to five. */
    static final int TIMES_OFFERED = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interviews(
                Section<List<MentoringApi.Interview>> asked,
                Section<List<MentoringApi.Interview>> hosting,
                FormState askForm,
                FormState limitForm,
                String host,
                String me,
                Instant now,
                String done,
                String problem);
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
    public TemplateInstance show(@QueryParam("host") String host, @QueryParam("done") String done) {
        return page(FormState.empty().set("hostId", host), null, done, null);
    }

    /** Ask {@code hostId} about {@code topic}, with a {@code message} and times {@code time1}..{@code time3}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response ask(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("hostId", "topic", "message", "proposedTimes");
        List<Instant> times = new ArrayList<>();
        for (int i = 1; i <= TIMES_OFFERED; i++) {
            try {
                Instant time = Typed.localDateTime(form.get("time" + i), viewer.zone());
                if (time != null) {
                    times.add(time);
                }
            } catch (DateTimeParseException e) {
                form.problem("time" + i, text.problem_date_time());
            }
        }
        if (form.hasProblems()) {
            return Response.status(400).entity(page(form, null, null, null)).build();
        }
        try {
            mentoring.askForInterview(new MentoringApi.InterviewAsk(
                    Typed.blankToNull(form.get("hostId")),
                    Typed.blankToNull(form.get("topic")),
                    Typed.blankToNull(form.get("message")),
                    times));
            return Response.seeOther(URI.create("/interviews?done=asked")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_mentoring());
            if (form.hasProblem("proposedTimes")) {
                form.problem("time1", form.problem("proposedTimes"));
            }
            return Response.status(refusal.pageStatus())
                    .entity(page(form, null, null, null))
                    .build();
        }
    }

    /** The host takes one of the offered times ({@code time}, an ISO-8601 instant from the page). */
    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response accept(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Instant time = parseInstant(posted.getFirst("time"));
        return act(() -> mentoring.acceptInterview(id, new MentoringApi.InterviewTime(time)), "accepted");
    }

    /** The host proposes another time ({@code time}, typed in the host's zone). */
    @POST
    @Path("/{id}/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response propose(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Instant time;
        try {
            time = Typed.localDateTime(posted.getFirst("time"), viewer.zone());
        } catch (DateTimeParseException e) {
            return Response.status(400)
                    .entity(page(null, null, null, text.problem_date_time()))
                    .build();
        }
        return act(() -> mentoring.proposeInterviewTime(id, new MentoringApi.InterviewTime(time)), "proposed");
    }

    @POST
    @Path("/{id}/accept-proposal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response acceptProposal(@PathParam("id") String id) {
        return act(() -> mentoring.acceptInterviewProposal(id), "accepted");
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decline(@PathParam("id") String id) {
        return act(() -> mentoring.declineInterview(id), "declined");
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("id") String id) {
        return act(() -> mentoring.completeInterview(id), "completed");
    }

    /** How many interviews the member hosts a month ({@code monthlyLimit}, 0-30; 0: none). */
    @POST
    @Path("/hosting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response hosting(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("monthlyLimit");
        Integer limit;
        try {
            limit = Integer.valueOf(form.get("monthlyLimit").trim());
        } catch (NumberFormatException e) {
            form.problem("monthlyLimit", text.problem_number());
            return Response.status(400).entity(page(null, form, null, null)).build();
        }
        try {
            mentoring.setInterviewLimit(viewer.id(), new MentoringApi.HostLimit(limit));
            return Response.seeOther(URI.create("/interviews?done=hosting")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.pageStatus())
                    .entity(page(null, form, null, null))
                    .build();
        }
    }

    private Response act(Runnable call, String done) {
        return Action.run(
                call,
                "/interviews?done=" + done,
                text.unavailable_mentoring(),
                problem -> page(null, null, null, problem));
    }

    private static Instant parseInstant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private TemplateInstance page(FormState askForm, FormState limitForm, String done, String problem) {
        FormState ask = askForm == null ? FormState.empty() : askForm;
        return Templates.interviews(
                Section.load(() -> mentoring.interviews("requester").items(), List.of()),
                Section.load(() -> mentoring.interviews("host").items(), List.of()),
                ask,
                limitForm == null ? FormState.empty() : limitForm,
                Typed.blankToNull(ask.get("hostId")),
                viewer.id(),
                Instant.now(),
                done,
                problem);
    }
}
