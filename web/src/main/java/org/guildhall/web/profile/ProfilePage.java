package org.guildhall.web.profile;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.Problem;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Choices;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * {@code /profile}: every profile field with its visibility beside it, a preview of what a member and the public see,
 * networking goals with target dates and progress, and contributions. Lists (skills, topics, languages) are typed
 * comma-separated.
 */
@Path("/profile")
@Authenticated
public class ProfilePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(
                MembersApi.Member member,
                FormState form,
                FormState goalForm,
                Section<List<MembersApi.Goal>> goals,
                String saved);
    }

    @Inject
    Text text;

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("saved") String saved) {
        MembersApi.Member member = members.me();
        return page(member, formOf(member), FormState.empty().set("kind", "FIND_MENTOR"), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("openTo", "skills", "topics", "languages");
        Map<String, String> visibility = new LinkedHashMap<>();
        for (String field : Choices.profileFields) {
            String chosen = form.get("visibility." + field);
            if (!chosen.isEmpty()) {
                visibility.put(field, chosen);
            }
        }
        try {
            members.updateMe(new MembersApi.ProfileUpdate(
                    form.get("displayName"),
                    Typed.blankToNull(form.get("headline")),
                    Typed.blankToNull(form.get("bio")),
                    Typed.blankToNull(form.get("industry")),
                    Typed.blankToNull(form.get("careerStage")),
                    Typed.blankToNull(form.get("location")),
                    Typed.blankToNull(form.get("timeZone")),
                    Typed.list(form.get("skills")),
                    Typed.list(form.get("topics")),
                    Typed.list(form.get("languages")),
                    new LinkedHashSet<>(form.all("openTo")),
                    visibility));
            return Response.seeOther(URI.create("/profile?saved=profile")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_members());
            MembersApi.Member member = members.me();
            return Response.status(refusal.pageStatus())
                    .entity(page(member, form, FormState.empty().set("kind", "FIND_MENTOR"), null))
                    .build();
        }
    }

    @POST
    @Path("/goals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response setGoal(MultivaluedMap<String, String> posted) {
        FormState goalForm = FormState.posted(posted);
        try {
            LocalDate target = null;
            if (!goalForm.get("targetDate").isBlank()) {
                try {
                    target = LocalDate.parse(goalForm.get("targetDate"));
                } catch (DateTimeParseException e) {
                    throw new ServiceProblem(
                            "web",
                            new Problem(
                                    "about:blank",
                                    "Invalid request",
                                    400,
                                    null,
                                    List.of(new Problem.Violation("targetDate", text.problem_date()))));
                }
            }
            members.setGoal(new MembersApi.NewGoal(
                    goalForm.get("kind"), Typed.blankToNull(goalForm.get("description")), target));
            return Response.seeOther(URI.create("/profile?saved=goal#goals")).build();
        } catch (ServiceProblem refusal) {
            goalForm.refusedBy(refusal, text.unavailable_members());
            MembersApi.Member member = members.me();
            return Response.status(refusal.pageStatus())
                    .entity(page(member, formOf(member), goalForm, null))
                    .build();
        }
    }

    @POST
    @Path("/goals/{goalId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviseGoal(@PathParam("goalId") String goalId, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        members.reviseGoal(goalId, new MembersApi.GoalRevision(null, null, form.get("status")));
        return Response.seeOther(URI.create("/profile?saved=goal#goals")).build();
    }

    private TemplateInstance page(MembersApi.Member member, FormState form, FormState goalForm, String saved) {
        return Templates.profile(member, form, goalForm, Section.load(members::goals, List.of()), saved);
    }

    static FormState formOf(MembersApi.Member member) {
        FormState form = FormState.empty()
                .set("displayName", member.displayName())
                .set("email", member.email())
                .set("headline", member.headline())
                .set("bio", member.bio())
                .set("industry", member.industry())
                .set("careerStage", member.careerStage())
                .set("location", member.location())
                .set("timeZone", member.timeZone())
                .setAll("skills", member.skills())
                .setAll("topics", member.topics())
                .setAll("languages", member.languages())
                .setAll("openTo", member.openTo());
        if (member.visibility() != null) {
            member.visibility().forEach((field, chosen) -> form.set("visibility." + field, chosen));
        }
        return form;
    }
}
