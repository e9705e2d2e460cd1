package org.guildhall.mentoring.membership;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
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

/** Keeps {@link MemberSnapshot} up to date from {@code guildhall.membership}. */
@ApplicationScoped
public class MembershipListener {

    private final Inbox inbox;
    private final MemberSnapshotRepository snapshots;
    private final Event<MemberErasure> erasures;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final EventHandlers handlers;

    MembershipListener(
            Inbox inbox,
            MemberSnapshotRepository snapshots,
            Event<MemberErasure> erasures,
            Outbox outbox,
            EntityManager entityManager) {
        this.inbox = inbox;
        this.snapshots = snapshots;
        this.erasures = erasures;
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
        if (snapshots.findByIdOptional(event.payload().memberId()).isEmpty()) {
            snapshots.persist(MemberSnapshot.joined(event.payload()));
        }
    }

    void profileUpdated(IncomingEvent<MemberProfileUpdated> event) {
        snapshots
                .findByIdOptional(event.payload().memberId())
                .ifPresent(snapshot -> snapshot.profileUpdated(event.payload()));
    }

    void statusChanged(IncomingEvent<MembershipStatusChanged> event) {
        MembershipStatusChanged changed = event.payload();
        snapshots
                .findByIdOptional(changed.memberId())
                .ifPresentOrElse(
                        snapshot -> snapshot.statusChanged(changed),
                        () -> snapshots.persist(MemberSnapshot.fromStatusChange(changed)));
    }

    /**
     * Purges the member from the read model, through {@link MemberErasure} from every feature, and from the published
     * outbox rows that name them (their requests' messages, interview topics, thanks).
     */
    void memberErased(IncomingEvent<MemberErased> event) {
        // what earlier events of this batch left pending goes first, so the erasure's bulk statements see it
        // (docs/messaging.md, "An erasure flushes first")
        entityManager.flush();
        String memberId = event.payload().memberId();
        snapshots.deleteById(memberId);
        erasures.fire(new MemberErasure(memberId));
        outbox.forgetSentAbout(memberId);
    }
}
