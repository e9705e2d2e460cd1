package org.guildhall.notifications.membership;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;

/** Reads {@code guildhall.membership}. */
@ApplicationScoped
public class MembershipListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    MembershipListener(Inbox inbox, MembershipNotices notices) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(MembershipEvents.MEMBER_JOINED, notices::memberJoined)
                .and(MembershipEvents.MEMBER_PROFILE_UPDATED, notices::profileUpdated)
                .and(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, notices::statusChanged)
                .and(MembershipEvents.CONNECTION_REQUESTED, notices::connectionRequested)
                .and(MembershipEvents.CONNECTION_ESTABLISHED, notices::connectionEstablished)
                .and(MembershipEvents.CONNECTION_REMOVED, notices::connectionRemoved)
                .and(MembershipEvents.INTRODUCTION_REQUESTED, notices::introductionRequested)
                .and(MembershipEvents.INTRODUCTION_FORWARDED, notices::introductionForwarded)
                .and(MembershipEvents.INTRODUCTION_ACCEPTED, notices::introductionAccepted)
                .and(MembershipEvents.INTRODUCTION_DECLINED, notices::introductionDeclined)
                .and(MembershipEvents.INTRODUCTION_EXPIRED, notices::introductionExpired)
                .and(MembershipEvents.MEMBER_ERASED, notices::memberErased)
                .and(MembershipEvents.MEMBER_INVITED, notices::memberInvited);
    }

    @Incoming("membership")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(records, handlers);
    }
}
