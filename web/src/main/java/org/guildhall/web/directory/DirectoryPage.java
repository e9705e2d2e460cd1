package org.guildhall.web.directory;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * {@code /directory}: members-service's directory with all its filters (text, skill, topic, industry, career stage,
 * location prefix, open to, open goal), paged by 20; {@code /directory/{id}}: one member as far as the viewer may see
 * them (members-service applies the member's visibility choices), with a note to connect.
 */
@Path("/directory")
@Authenticated
public class DirectoryPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(
                FormState filters, Page<MembersApi.DirectoryEntry> results, String query, String problem);

        static native TemplateInstance member(
                MembersApi.Member member,
                FormState form,
                FormState introductionForm,
                Section<List<MembersApi.Connection>> connections,
                boolean self,
                String sent);
    }

    @Inject
    Text text;

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(@Context UriInfo uri, @QueryParam("page") @DefaultValue("0") int page) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        FormState filters = FormState.posted(query);
        Page<MembersApi.DirectoryEntry> results = new Page<>(List.of(), 0, PAGE_SIZE, 0);
        String problem = null;
        int status = 200;
        try {
            results = members.directory(
                    Typed.blankToNull(filters.get("q")),
                    Typed.blankToNull(filters.get("skill")),
                    Typed.blankToNull(filters.get("topic")),
                    Typed.blankToNull(filters.get("industry")),
                    Typed.blankToNull(filters.get("careerStage")),
                    Typed.blankToNull(filters.get("location")),
                    Typed.blankToNull(filters.get("openTo")),
                    Typed.blankToNull(filters.get("goal")),
                    Math.max(0, page),
                    PAGE_SIZE);
        } catch (ServiceProblem refusal) {
            filters.refusedBy(refusal, text.unavailable_members());
            problem = filters.message();
            status = refusal.pageStatus();
        }
        String others = query.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("page"))
                .flatMap(entry -> entry.getValue().stream()
                        .map(value -> entry.getKey() + "="
                                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)))
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
        return Response.status(status)
                .entity(Templates.directory(filters, results, others, problem))
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance member(@PathParam("id") String id, @QueryParam("sent") String sent) {
        return memberPage(id, FormState.empty(), FormState.empty(), sent);
    }

    /**
     * Ask one of the member's connections ({@code introducerId}) to introduce them to this member, with a
     * {@code reason}; a refusal (the introducer is not connected with this member) shows beside its field.
     */
    @POST
    @Path("/{id}/introduction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response askForIntroduction(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("introducerId", "reason");
        try {
            members.askForIntroduction(new MembersApi.IntroductionAsk(
                    Typed.blankToNull(form.get("introducerId")), id, Typed.blankToNull(form.get("reason"))));
            return Response.seeOther(URI.create("/network?done=asked")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(memberPage(id, FormState.empty(), form, null))
                    .build();
        }
    }

    private TemplateInstance memberPage(String id, FormState connectForm, FormState introductionForm, String sent) {
        MembersApi.Member member = members.member(id);
        return Templates.member(
                member,
                connectForm,
                introductionForm,
                Section.load(() -> members.connections().items(), List.of()),
                member.id().equals(members.me().id()),
                sent);
    }

    @POST
    @Path("/{id}/connect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response connect(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        try {
            members.requestConnection(new MembersApi.NewConnectionRequest(id, Typed.blankToNull(form.get("note"))));
            return Response.seeOther(URI.create("/directory/" + id + "?sent=1")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(memberPage(id, form, FormState.empty(), null))
                    .build();
        }
    }
}
