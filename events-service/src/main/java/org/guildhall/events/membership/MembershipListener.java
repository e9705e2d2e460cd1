package org.guildhall.events.membership;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;
import org.guildhall.kit.inbox.IncomingEvent;

/** Keeps {@link MemberStanding} up to date from {@code guildhall.membership}. */
@ApplicationScoped
public class MembershipListener {

    private final Inbox inbox;
    private final MemberStandingRepository standings;
    private final EventHandlers handlers;

    MembershipListener(Inbox inbox, MemberStandingRepository standings) {
        this.inbox = inbox;
        this.standings = standings;
        this.handlers = EventHandlers.on(MembershipEvents.MEMBER_JOINED, this::memberJoined)
                .and(MembershipEvents.MEMBER_PROFILE_UPDATED, this::profileUpdated);
    }

    @Incoming("membership")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, handlers);
    }

    void memberJoined(IncomingEvent<MemberJoined> event) {
        if (standings.findByIdOptional(event.payload().memberId()).isEmpty()) {
            standings.persist(MemberStanding.joined(event.payload()));
        }
    }

    void profileUpdated(IncomingEvent<MemberProfileUpdated> event) {
        standings
                .findByIdOptional(event.payload().memberId())
                .ifPresent(standing -> standing.profileUpdated(event.payload()));
    }
}
