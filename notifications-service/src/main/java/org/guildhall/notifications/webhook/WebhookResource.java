package org.guildhall.notifications.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.contracts.EventTypes;
import org.guildhall.kit.edge.EdgeRefusal;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;

/** Webhook endpoints and their delivery logs, for administrators. */
@Path("/webhooks/endpoints")
@RolesAllowed(Caller.ADMIN)
public class WebhookResource {

    private static final String STATUSES = "PENDING|DELIVERED|FAILED";
    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final EndpointAddresses addresses;
    private final Caller caller;
    private final Clock clock;

    WebhookResource(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            EndpointAddresses addresses,
            Caller caller,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.caller = caller;
        this.clock = clock;
    }

    /** Registers an endpoint; the answer carries its secret (generated when none was given), which no read shows. */
    @POST
    @Transactional
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = WebhookEndpointView.class)))
    public Response register(@NotNull @Valid RegisterWebhookEndpointRequest request, @Context UriInfo uri) {
        addresses.refusal(request.url()).ifPresent(reason -> {
            throw EdgeRefusal.of("url", reason);
        });
        for (int i = 0; i < request.eventTypes().size(); i++) {
            if (EventTypes.byType(request.eventTypes().get(i)).isEmpty()) {
                throw EdgeRefusal.of("eventTypes[" + i + "]", "is not a published event type");
            }
        }
        String secret = request.secret() == null ? WebhookSignature.newSecret() : request.secret();
        if (!WebhookSignature.isValidSecret(secret)) {
            throw EdgeRefusal.of("secret", "must be whsec_ followed by the base64 of 24 to 64 bytes");
        }
        WebhookEndpoint endpoint = WebhookEndpoint.register(
                request.url(),
                request.description(),
                request.eventTypes(),
                secret,
                caller.memberId(),
                Instant.now(clock));
        endpoints.persist(endpoint);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(endpoint.id().toString())
                        .build())
                .entity(WebhookEndpointView.withSecret(endpoint))
                .build();
    }

    @GET
    @Transactional
    public Page<WebhookEndpointView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return endpoints.list(page, size).map(WebhookEndpointView::of);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public WebhookEndpointView get(
            @PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        return WebhookEndpointView.of(find(id));
    }

    /** Enables an endpoint again; what waited for it goes out in order. */
    @POST
    @Path("/{id}/enable")
    @Transactional
    public WebhookEndpointView enable(
            @PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        WebhookEndpoint endpoint = find(id);
        endpoint.enable(Instant.now(clock));
        return WebhookEndpointView.of(endpoint);
    }

    @POST
    @Path("/{id}/disable")
    @Transactional
    public WebhookEndpointView disable(
            @PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        WebhookEndpoint endpoint = find(id);
        endpoint.disable("disabled by " + caller.memberId(), Instant.now(clock));
        return WebhookEndpointView.of(endpoint);
    }

    /** Removes an endpoint with its delivery log. */
    @DELETE
    @Path("/{id}")
    @Transactional
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        endpoints.delete(find(id));
        return Response.noContent().build();
    }

    /** The endpoint's delivery log, newest first: status, attempts, last answer or error, next attempt. */
    @GET
    @Path("/{id}/deliveries")
    @Transactional
    public Page<WebhookDeliveryView> deliveries(
            @PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        WebhookEndpoint endpoint = find(id);
        return deliveries
                .log(endpoint.id(), status == null ? null : WebhookDeliveryStatus.valueOf(status), page, size)
                .map(WebhookDeliveryView::of);
    }

    private WebhookEndpoint find(String id) {
        WebhookEndpoint endpoint = endpoints.findById(UUID.fromString(id));
        if (endpoint == null) {
            throw ProblemException.notFound("webhook-endpoint", id);
        }
        return endpoint;
    }
}
