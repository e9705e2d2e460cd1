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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Section;

/**
 * {@code /network}: connection requests waiting for the member (accept, decline) and sent by them (withdraw), their
 * connections, and warm introductions with their expiry.
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
                String done,
                String problem);
    }

    @Inject
    @RestClient
    MembersApi members;

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

    private Response act(Runnable action, String done) {
        try {
            action.run();
            return Response.seeOther(URI.create("/network?done=" + done)).build();
        } catch (ServiceProblem refusal) {
            String problem = refusal.problem().detail() != null
                    ? refusal.problem().detail()
                    : refusal.problem().title();
            return Response.status(refusal.status()).entity(page(null, problem)).build();
        }
    }

    private TemplateInstance page(String done, String problem) {
        return Templates.network(
                Section.load(() -> members.connectionRequests("incoming").items(), List.of()),
                Section.load(() -> members.connectionRequests("outgoing").items(), List.of()),
                Section.load(() -> members.connections().items(), List.of()),
                Section.load(() -> members.introductions().items(), List.of()),
                done,
                problem);
    }
}
