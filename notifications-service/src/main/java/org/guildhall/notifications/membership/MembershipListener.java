package org.guildhall.notifications.membership;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;

/** Reads {@code guildhall.membership}. */
@ApplicationScoped
public class MembershipListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    MembershipListener(Inbox inbox, Welcome welcome) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(MembershipEvents.MEMBER_JOINED, welcome::memberJoined);
    }

    @Incoming("membership")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, handlers);
    }
}
