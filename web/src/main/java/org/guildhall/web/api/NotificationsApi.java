package org.guildhall.web.api;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notifications-service's public REST API (its README lists each operation), called with the signed-in person's
 * access token. Errors arrive as {@link ServiceProblem}.
 */
@RegisterRestClient(configKey = "notifications")
@RegisterProvider(AccessTokenPropagation.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationsApi {

    @GET
    @Path("/notifications/me")
    Page<Notification> inbox(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/notifications/me/unread-count")
    UnreadCount unreadCount();

    @POST
    @Path("/notifications/me/read")
    Response markAllRead();

    @POST
    @Path("/notifications/{id}/read")
    Response markRead(@PathParam("id") String id);

    @POST
    @Path("/notifications/{id}/archive")
    Response archive(@PathParam("id") String id);

    @GET
    @Path("/notifications/me/preferences")
    Preferences preferences();

    @PUT
    @Path("/notifications/me/preferences")
    Preferences updatePreferences(Preferences preferences);

    @ClientExceptionMapper
    static RuntimeException problem(Response response) {
        return ProblemReader.read("notifications-service", response);
    }

    record Notification(
            String id,
            String kind,
            String category,
            boolean critical,
            String title,
            String body,
            Instant createdAt,
            Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    record UnreadCount(long unread) {}

    record Preferences(
            String emailMode,
            Integer digestHour,
            QuietHours quietHours,
            String timeZone,
            List<CategoryChannels> channels) {}

    record QuietHours(LocalTime from, LocalTime until) {}

    record CategoryChannels(String category, boolean inbox, boolean email) {}
}
