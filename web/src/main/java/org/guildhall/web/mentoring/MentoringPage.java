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
import java.util.List;
import java.util.Optional;
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
 * {@code /mentoring}: the member's mentee profile and ranked mentor suggestions with each score's explanation, asking a
 * mentor; requests they sent (withdraw) and, as a mentor, requests waiting for them (accept within capacity,
 * decline); their mentorships; and their mentor profile. mentoring-service decides every rule (capacity, expiry).
 */
@Path("/mentoring")
@Authenticated
public class MentoringPage {

    static final int SUGGESTIONS = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mentoring(
                Section<List<MentoringApi.Suggestion>> suggestions,
                Section<List<MentoringApi.MentorshipRequest>> sent,
                Section<List<MentoringApi.MentorshipRequest>> received,
                Section<List<MentoringApi.Mentorship>> mentorships,
                Section<List<String>> topics,
                FormState menteeForm,
                FormState mentorForm,
                boolean mentee,
                boolean mentor,
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
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(null, null, done, null);
    }

    @POST
    @Path("/mentee-profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response declareMentee(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("topics", "seeking", "goals", "industries", "languages");
        try {
            mentoring.declareMenteeProfile(
                    viewer.id(),
                    new MentoringApi.MenteeTerms(
                            Typed.lines(form.get("goals")),
                            form.all("topics"),
                            Typed.list(form.get("industries")),
                            Typed.list(form.get("languages")),
                            form.all("seeking"),
                            false,
                            null));
            return Response.seeOther(URI.create("/mentoring?done=mentee")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.pageStatus())
                    .entity(page(form, null, null, null))
                    .build();
        }
    }

    @POST
    @Path("/mentor-profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response publishMentor(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("topics", "offers", "industries", "languages", "capacity");
        Integer capacity = null;
        try {
            capacity = Integer.valueOf(form.get("capacity").trim());
        } catch (NumberFormatException e) {
            form.problem("capacity", text.problem_number());
            return Response.status(400).entity(page(null, form, null, null)).build();
        }
        try {
            mentoring.publishMentorProfile(
                    viewer.id(),
                    new MentoringApi.MentorTerms(
                            form.all("topics"),
                            Typed.list(form.get("industries")),
                            form.all("offers"),
                            Typed.list(form.get("languages")),
                            null,
                            capacity,
                            "on".equals(form.get("acceptingRequests"))));
            return Response.seeOther(URI.create("/mentoring?done=mentor")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.pageStatus())
                    .entity(page(null, form, null, null))
                    .build();
        }
    }

    @POST
    @Path("/ask/{mentorId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response ask(@PathParam("mentorId") String mentorId, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        return act(
                () -> mentoring.ask(new MentoringApi.Ask(mentorId, Typed.blankToNull(form.get("message")), List.of())),
                "asked");
    }

    @POST
    @Path("/requests/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response accept(@PathParam("id") String id) {
        return act(() -> mentoring.accept(id), "accepted");
    }

    @POST
    @Path("/requests/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decline(@PathParam("id") String id) {
        return act(() -> mentoring.decline(id, new MentoringApi.Decline(null)), "declined");
    }

    @POST
    @Path("/requests/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("id") String id) {
        return act(() -> mentoring.withdraw(id), "withdrawn");
    }

    private Response act(Runnable action, String done) {
        return Action.run(
                action,
                "/mentoring?done=" + done,
                text.unavailable_mentoring(),
                problem -> page(null, null, null, problem));
    }

    private TemplateInstance page(FormState menteeForm, FormState mentorForm, String done, String problem) {
        Optional<MentoringApi.MenteeProfile> mentee = optional(mentoring::myMenteeProfile);
        Optional<MentoringApi.MentorProfile> mentor = optional(mentoring::myMentorProfile);
        if (menteeForm == null) {
            menteeForm = FormState.empty();
            if (mentee.isPresent()) {
                MentoringApi.MenteeProfile profile = mentee.get();
                menteeForm
                        .set("goals", profile.goals() == null ? "" : String.join("\n", profile.goals()))
                        .setAll("topics", profile.topics())
                        .setAll("industries", profile.industries())
                        .setAll("languages", profile.languages())
                        .setAll("seeking", profile.seeking());
            }
        }
        if (mentorForm == null) {
            mentorForm = FormState.empty().set("capacity", 2).set("acceptingRequests", "on");
            if (mentor.isPresent()) {
                MentoringApi.MentorProfile profile = mentor.get();
                mentorForm
                        .setAll("topics", profile.topics())
                        .setAll("industries", profile.industries())
                        .setAll("languages", profile.languages())
                        .setAll("offers", profile.offers())
                        .set("capacity", profile.capacity())
                        .set("acceptingRequests", profile.acceptingRequests() ? "on" : "");
            }
        }
        var suggestions = mentee.isPresent()
                ? Section.load(() -> mentoring.suggestions(SUGGESTIONS), List.<MentoringApi.Suggestion>of())
                : Section.load(List::<MentoringApi.Suggestion>of, List.<MentoringApi.Suggestion>of());
        return Templates.mentoring(
                suggestions,
                Section.load(() -> mentoring.requests("mentee").items(), List.of()),
                Section.load(() -> mentoring.requests("mentor").items(), List.of()),
                Section.load(() -> mentoring.mentorships().items(), List.of()),
                Section.load(mentoring::topics, List.of()),
                menteeForm,
                mentorForm,
                mentee.isPresent(),
                mentor.isPresent(),
                done,
                problem);
    }

    private static <T> Optional<T> optional(java.util.function.Supplier<T> load) {
        try {
            return Optional.ofNullable(load.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
