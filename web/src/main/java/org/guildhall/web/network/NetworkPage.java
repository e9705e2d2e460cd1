package org.guildhall.web.network;

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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Action;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /network}: connection requests waiting for the member (accept, decline) and sent by them (withdraw), their
 * connections, and warm introductions with their expiry: forwarding one asked of them, accepting or declining one
 * made to them, and introducing two of their connections to each other. Asking for an introduction is on the member
 * page ({@code /directory/{id}}). members-service decides who may do what.
 */
@Path("/network")
@Authenticated
public class NetworkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance network(
                Section<List<MembersApi.ConnectionRequest>> incoming,
                Section<List<MembersApi.ConnectionRequest>> outgoing,
                Section<List<MembersApi.Connection>> connections,
                Section<List<MembersApi.Introduction>> introductions,
                FormState introduceForm,
                String me,
                String done,
                String problem);
    }

    @Inject
    @RestClient
    MembersApi members;

    @Inject
    Viewer viewer;

    @Inject
    Text text;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(done, null);
    }

    @POST
    @Path("/requests/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response accept(@PathParam("id") String id) {
        return act(() -> members.acceptConnection(id), "accepted");
    }

    @POST
    @Path("/requests/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decline(@PathParam("id") String id) {
        return act(() -> members.declineConnection(id, new MembersApi.Decline(false)), "declined");
    }

    @POST
    @Path("/requests/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("id") String id) {
        return act(() -> members.withdrawConnectionRequest(id), "withdrawn");
    }

    @POST
    @Path("/introductions/{id}/forward")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response forwardIntroduction(@PathParam("id") String id) {
        return act(() -> members.forwardIntroduction(id), "forwarded");
    }

    @POST
    @Path("/introductions/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response acceptIntroduction(@PathParam("id") String id) {
        return act(() -> members.acceptIntroduction(id), "introduction-accepted");
    }

    @POST
    @Path("/introductions/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response declineIntroduction(@PathParam("id") String id) {
        return act(() -> members.declineIntroduction(id), "introduction-declined");
    }

    /** Introduce two of the member's connections ({@code firstMemberId}, {@code secondMemberId}) with a reason. */
    @POST
    @Path("/introductions/direct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response introduce(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("firstMemberId", "secondMemberId", "reason");
        try {
            members.introduce(new MembersApi.DirectIntroduction(
                    Typed.blankToNull(form.get("firstMemberId")),
                    Typed.blankToNull(form.get("secondMemberId")),
                    Typed.blankToNull(form.get("reason"))));
            return Response.seeOther(URI.create("/network?done=introduced")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(page(form, null, null))
                    .build();
        }
    }

    private Response act(Runnable action, String done) {
        return Action.run(
                action, "/network?done=" + done, text.unavailable_members(), problem -> page(null, null, problem));
    }

    private TemplateInstance page(String done, String problem) {
        return page(null, done, problem);
    }

    private TemplateInstance page(FormState introduceForm, String done, String problem) {
        return Templates.network(
                Section.load(() -> members.connectionRequests("incoming").items(), List.of()),
                Section.load(() -> members.connectionRequests("outgoing").items(), List.of()),
                Section.load(() -> members.connections().items(), List.of()),
                Section.load(() -> members.introductions().items(), List.of()),
                introduceForm == null ? FormState.empty() : introduceForm,
                viewer.id(),
                done,
                problem);
    }
}
