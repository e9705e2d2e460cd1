package org.guildhall.members.connection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.membership.GoodStanding;

/** The caller's connections and connection requests. */
@Path("/connections")
@RolesAllowed(Caller.MEMBER)
public class ConnectionResource {

    private final Network network;
    private final Caller caller;
    private final GoodStanding standing;

    ConnectionResource(Network network, Caller caller, GoodStanding standing) {
        this.network = network;
        this.caller = caller;
        this.standing = standing;
    }

    @GET
    public Page<ConnectionView> mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return network.connectionsOf(caller.memberId(), page, size);
    }

    @DELETE
    @Path("/{memberId}")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("memberId") String otherMemberId) {
        network.remove(caller.memberId(), otherMemberId);
        return Response.noContent().build();
    }

    @POST
    @Path("/requests")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ConnectionRequestView.class)))
    public Response request(@Valid @NotNull RequestConnectionRequest request, UriInfo uri) {
        standing.require(caller);
        ConnectionRequest sent = network.request(caller.memberId(), request.recipientId(), request.note());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(sent.id().toString()).build())
                .entity(ConnectionRequestView.of(sent))
                .build();
    }

    /** Requests waiting for an answer: to the caller ({@code incoming}, the default) or from them. */
    @GET
    @Path("/requests")
    public Page<ConnectionRequestView> pending(
            @QueryParam("direction") @DefaultValue("incoming") @Pattern(regexp = "incoming|outgoing") String direction,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return network.pendingRequests(caller.memberId(), direction.equals("incoming"), page, size);
    }

    @POST
    @Path("/requests/{id}/acceptance")
    public ConnectionView accept(@PathParam("id") UUID requestId) {
        standing.require(caller);
        Connection connection = network.accept(requestId, caller.memberId());
        return new ConnectionView(
                connection.id(),
                connection.otherThan(caller.memberId()),
                null,
                connection.via(),
                connection.establishedAt());
    }

    @POST
    @Path("/requests/{id}/decline")
    @APIResponse(responseCode = "204", description = "Declined")
    public Response decline(@PathParam("id") UUID requestId, DeclineRequest request) {
        network.decline(requestId, caller.memberId(), request != null && request.block());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/requests/{id}")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") UUID requestId) {
        network.withdraw(requestId, caller.memberId());
        return Response.noContent().build();
    }
}
