package org.guildhall.events.membership;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.kit.outbox.Outbox;

/** Keeps {@link MemberSnapshot} up to date from {@code guildhall.membership}, and erases members when told to. */
@ApplicationScoped
public class MembershipListener {

    private final Inbox inbox;
    private final MemberSnapshotRepository standings;
    private final Event<MemberErasure> erased;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final EventHandlers handlers;

    MembershipListener(
            Inbox inbox,
            MemberSnapshotRepository standings,
            Event<MemberErasure> erased,
            Outbox outbox,
            EntityManager entityManager) {
        this.inbox = inbox;
        this.standings = standings;
        this.erased = erased;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.handlers = EventHandlers.on(MembershipEvents.MEMBER_JOINED, this::memberJoined)
                .and(MembershipEvents.MEMBER_PROFILE_UPDATED, this::profileUpdated)
                .and(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, this::statusChanged)
                .and(MembershipEvents.MEMBER_ERASED, this::memberErased);
    }

    @Incoming("membership")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(records, handlers);
    }

    void memberJoined(IncomingEvent<MemberJoined> event) {
        if (standings.findByIdOptional(event.payload().memberId()).isEmpty()) {
            standings.persist(MemberSnapshot.joined(event.payload()));
        }
    }

    void profileUpdated(IncomingEvent<MemberProfileUpdated> event) {
        standings
                .findByIdOptional(event.payload().memberId())
                .ifPresent(standing -> standing.profileUpdated(event.payload()));
    }

    void statusChanged(IncomingEvent<MembershipStatusChanged> event) {
        MembershipStatusChanged changed = event.payload();
        standings
                .findByIdOptional(changed.memberId())
                .ifPresentOrElse(
                        standing -> standing.statusChanged(changed),
                        () -> standings.persist(MemberSnapshot.fromStatusChange(changed)));
    }

    /**
     * Purges the member; the records that must stay take a pseudonym, and the published outbox rows that named the
     * member go, so nothing here links the pseudonym back to the member id.
     */
    void memberErased(IncomingEvent<MemberErased> event) {
        // what earlier events of this batch left pending goes first, so the erasure's bulk statements see it
        // (docs/messaging.md, "An erasure flushes first")
        entityManager.flush();
        String memberId = event.payload().memberId();
        standings.deleteById(memberId);
        erased.fire(new MemberErasure(
                memberId, "erased-" + UUID.randomUUID(), event.payload().erasedAt()));
        outbox.forgetSentAbout(memberId);
    }
}
