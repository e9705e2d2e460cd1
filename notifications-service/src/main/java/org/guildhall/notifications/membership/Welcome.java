package org.guildhall.notifications.membership;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.notifications.inbox.Notification;
import org.guildhall.notifications.inbox.NotificationRepository;

/** Greets every new member in their inbox. */
@ApplicationScoped
public class Welcome {

    public static final String KIND = "welcome";

    private final NotificationRepository notifications;
    private final Clock clock;

    Welcome(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Runs inside the inbox's transaction, which also records the event as processed. */
    void memberJoined(IncomingEvent<MemberJoined> event) {
        MemberJoined joined = event.payload();
        notifications.persist(Notification.to(
                joined.memberId(),
                KIND,
                "Welcome to Guildhall, " + joined.displayName(),
                "You are now a member. Set your networking goals, find people in the directory, and look at the"
                        + " events coming up.",
                Instant.now(clock)));
    }
}
