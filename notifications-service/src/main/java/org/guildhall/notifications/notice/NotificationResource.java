package org.guildhall.notifications.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;

@Path("/notifications")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class NotificationResource {

    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final NotificationRepository notifications;
    private final Caller caller;
    private final Clock clock;

    NotificationResource(NotificationRepository notifications, Caller caller, Clock clock) {
        this.notifications = notifications;
        this.caller = caller;
        this.clock = clock;
    }

    /** The caller's inbox, newest first; {@code unread=true} leaves out what they have read. */
    @GET
    @Path("/me")
    @Transactional
    public Page<NotificationView> myInbox(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly) {
        return notifications.inbox(caller.memberId(), unreadOnly, page, size).map(NotificationView::of);
    }

    @GET
    @Path("/me/unread-count")
    @Transactional
    public UnreadCount myUnreadCount() {
        return new UnreadCount(notifications.unreadCount(caller.memberId()));
    }

    @POST
    @Path("/me/read")
    @Transactional
    public MarkedRead markAllRead() {
        return new MarkedRead(notifications.markAllRead(caller.memberId(), Instant.now(clock)));
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    public NotificationView markRead(
            @PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        Notification notification = ownNotification(id);
        notification.markRead(Instant.now(clock));
        return NotificationView.of(notification);
    }

    @POST
    @Path("/{id}/archive")
    @Transactional
    public NotificationView archive(
            @PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        Notification notification = ownNotification(id);
        notification.archive(Instant.now(clock));
        return NotificationView.of(notification);
    }

    private Notification ownNotification(String id) {
        Notification notification = notifications
                .findByIdOptional(UUID.fromString(id))
                .orElseThrow(() -> ProblemException.notFound("notification", id));
        if (!notification.memberId().equals(caller.memberId())) {
            throw ProblemException.forbidden("This notification is another member's");
        }
        return notification;
    }
}
