package org.guildhall.notifications;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import org.guildhall.notifications.notice.Notification;
import org.guildhall.notifications.notice.NotificationRepository;

/** Reads what the service stored for a member, straight from its database. */
public final class Inboxes {

    private Inboxes() {}

    public static List<Notification> of(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(NotificationRepository.class)
                .get()
                .list("memberId", memberId));
    }

    public static List<Notification> of(String memberId, String kind) {
        return of(memberId).stream().filter(n -> n.kind().equals(kind)).toList();
    }
}
