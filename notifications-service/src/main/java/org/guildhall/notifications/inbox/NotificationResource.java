package org.guildhall.notifications.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;

@Path("/notifications")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class NotificationResource {

    private final NotificationRepository notifications;
    private final Caller caller;

    NotificationResource(NotificationRepository notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
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
}
