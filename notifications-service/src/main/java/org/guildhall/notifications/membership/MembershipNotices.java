package org.guildhall.notifications.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import org.guildhall.contracts.membership.ConnectionEstablished;
import org.guildhall.contracts.membership.ConnectionRemoved;
import org.guildhall.contracts.membership.ConnectionRequested;
import org.guildhall.contracts.membership.IntroductionAccepted;
import org.guildhall.contracts.membership.IntroductionDeclined;
import org.guildhall.contracts.membership.IntroductionExpired;
import org.guildhall.contracts.membership.IntroductionForwarded;
import org.guildhall.contracts.membership.IntroductionRequested;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.notifications.delivery.DeliveryPlanner;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.Mentions;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;

/** What guildhall.membership events tell members, and the contacts and terms kept from them. */
@ApplicationScoped
public class MembershipNotices {

    private final Notifier notifier;
    private final MemberSnapshotRepository contacts;
    private final MembershipTermRepository terms;
    private final ConnectionMadeRepository connections;
    private final Clock clock;
    private final DeliveryPlanner deliveries;
    private final Event<MemberErased> erased;

    MembershipNotices(
            Notifier notifier,
            MemberSnapshotRepository contacts,
            MembershipTermRepository terms,
            ConnectionMadeRepository connections,
            Clock clock,
            DeliveryPlanner deliveries,
            Event<MemberErased> erased) {
        this.notifier = notifier;
        this.contacts = contacts;
        this.terms = terms;
        this.connections = connections;
        this.clock = clock;
        this.deliveries = deliveries;
        this.erased = erased;
    }

    void memberJoined(IncomingEvent<MemberJoined> event) {
        MemberJoined joined = event.payload();
        Instant now = Instant.now(clock);
        contacts.of(joined.memberId())
                .ifPresentOrElse(
                        known -> known.update(joined.displayName(), joined.email(), joined.timeZone(), now), () -> {
                            contacts.persist(MemberSnapshot.of(
                                    joined.memberId(), joined.displayName(), joined.email(), joined.timeZone(), now));
                            deliveries.recipientKnown(joined.memberId(), now);
                        });
        if (terms.findByIdOptional(joined.memberId()).isEmpty()) {
            terms.persist(
                    MembershipTerm.startedAt(joined.memberId(), joined.status(), joined.tier(), joined.joinedAt()));
        }
        boolean applied = "PENDING".equals(joined.status());
        notifier.tell(new Notice(
                event.id(),
                joined.memberId(),
                NoticeKind.WELCOME,
                "Welcome to Guildhall, " + joined.displayName(),
                applied
                        ? "Thank you for applying for " + joined.tier() + " membership. An administrator will review"
                                + " your application; we will tell you as soon as it is decided."
                        : "You are now a member. Set your networking goals, find people in the directory, and look"
                                + " at the events coming up."));
    }

    void profileUpdated(IncomingEvent<MemberProfileUpdated> event) {
        MemberProfileUpdated profile = event.payload();
        Instant now = Instant.now(clock);
        contacts.of(profile.memberId())
                .ifPresentOrElse(
                        known -> known.update(profile.displayName(), profile.email(), profile.timeZone(), now), () -> {
                            contacts.persist(MemberSnapshot.of(
                                    profile.memberId(),
                                    profile.displayName(),
                                    profile.email(),
                                    profile.timeZone(),
                                    now));
                            deliveries.recipientKnown(profile.memberId(), now);
                        });
    }

    void statusChanged(IncomingEvent<MembershipStatusChanged> event) {
        MembershipStatusChanged changed = event.payload();
        terms.findByIdOptional(changed.memberId())
                .ifPresentOrElse(
                        term -> term.change(changed.to(), changed.tier(), changed.expiresAt(), changed.changedAt()),
                        () -> {
                            MembershipTerm term = MembershipTerm.startedAt(
                                    changed.memberId(), changed.to(), changed.tier(), changed.changedAt());
                            term.change(changed.to(), changed.tier(), changed.expiresAt(), changed.changedAt());
                            terms.persist(term);
                        });
        if (changed.from() == null) {
            return; // a membership's first status comes with joining: the welcome says it, once
        }
        String expiry = changed.expiresAt() == null ? "" : " It runs until " + changed.expiresAt() + ".";
        notifier.tell(new Notice(
                event.id(),
                changed.memberId(),
                NoticeKind.MEMBERSHIP_STATUS_CHANGED,
                "Your membership is now " + changed.to().toLowerCase(java.util.Locale.ROOT),
                "Your " + changed.tier() + " membership moved from " + changed.from() + " to " + changed.to() + "."
                        + (changed.reason() == null ? "" : " " + changed.reason() + ".")
                        + expiry));
    }

    void connectionRequested(IncomingEvent<ConnectionRequested> event) {
        ConnectionRequested requested = event.payload();
        Mentions mentions = new Mentions();
        String requester = mentions.name(requested.requesterId(), contacts.nameOf(requested.requesterId()));
        notifier.tell(new Notice(
                event.id(),
                requested.recipientId(),
                NoticeKind.CONNECTION_REQUESTED,
                requester + " would like to connect",
                requested.note() == null
                        ? requester + " asked to connect with you."
                        : mentions.words(
                                requested.requesterId(),
                                requested.note(),
                                "A former member asked to connect with you."),
                mentions));
    }

    void connectionEstablished(IncomingEvent<ConnectionEstablished> event) {
        ConnectionEstablished connection = event.payload();
        if (connections.findByIdOptional(connection.connectionId()).isEmpty()) {
            connections.persist(ConnectionMade.between(
                    connection.connectionId(),
                    connection.memberId(),
                    connection.otherMemberId(),
                    connection.establishedAt()));
        }
        tellConnected(event, connection.memberId(), connection.otherMemberId());
        tellConnected(event, connection.otherMemberId(), connection.memberId());
    }

    /**
     * Erasure: the member's snapshot, term and connections go here, and every other feature erases its own tables on
     * the {@link MemberErased} fired in this transaction (the notices, deliveries, preferences, read models).
     */
    void memberErased(IncomingEvent<MemberErased> event) {
        String memberId = event.payload().memberId();
        contacts.deleteById(memberId);
        terms.deleteById(memberId);
        connections.deleteOf(memberId);
        erased.fire(event.payload());
    }

    void connectionRemoved(IncomingEvent<ConnectionRemoved> event) {
        connections.deleteById(event.payload().connectionId());
    }

    private void tellConnected(IncomingEvent<ConnectionEstablished> event, String memberId, String otherId) {
        Mentions mentions = new Mentions();
        String other = mentions.name(otherId, contacts.nameOf(otherId));
        notifier.tell(new Notice(
                event.id(),
                memberId,
                NoticeKind.CONNECTION_ESTABLISHED,
                "You are now connected with " + other,
                "You and " + other + " are connected. Say hello and share what you are working on.",
                mentions));
    }

    void introductionRequested(IncomingEvent<IntroductionRequested> event) {
        IntroductionRequested requested = event.payload();
        Mentions mentions = new Mentions();
        String requester = mentions.name(requested.requesterId(), contacts.nameOf(requested.requesterId()));
        String target = mentions.name(requested.targetId(), contacts.nameOf(requested.targetId()));
        notifier.tell(new Notice(
                event.id(),
                requested.introducerId(),
                NoticeKind.INTRODUCTION_REQUESTED,
                requester + " asks you to introduce them to " + target,
                reasonOrNothing(mentions, requested.requesterId(), requested.reason()) + "Please answer before "
                        + requested.expiresAt() + ".",
                mentions));
    }

    void introductionForwarded(IncomingEvent<IntroductionForwarded> event) {
        IntroductionForwarded forwarded = event.payload();
        Mentions mentions = new Mentions();
        String requester = mentions.name(forwarded.requesterId(), contacts.nameOf(forwarded.requesterId()));
        String introducer = mentions.name(forwarded.introducerId(), contacts.nameOf(forwarded.introducerId()));
        notifier.tell(new Notice(
                event.id(),
                forwarded.targetId(),
                NoticeKind.INTRODUCTION_FORWARDED,
                introducer + " would like to introduce you to " + requester,
                reasonOrNothing(mentions, forwarded.requesterId(), forwarded.reason()) + "Accept to connect with "
                        + requester + ".",
                mentions));
    }

    void introductionAccepted(IncomingEvent<IntroductionAccepted> event) {
        IntroductionAccepted accepted = event.payload();
        Mentions mentions = new Mentions();
        String target = mentions.name(accepted.targetId(), contacts.nameOf(accepted.targetId()));
        String requester = mentions.name(accepted.requesterId(), contacts.nameOf(accepted.requesterId()));
        notifier.tell(new Notice(
                event.id(),
                accepted.requesterId(),
                NoticeKind.INTRODUCTION_ACCEPTED,
                target + " accepted your introduction",
                "You and " + target + " are now connected. Remember to thank the member who introduced you.",
                mentions));
        notifier.tell(new Notice(
                event.id(),
                accepted.introducerId(),
                NoticeKind.INTRODUCTION_ACCEPTED,
                "Your introduction worked",
                requester + " and " + target + " are now connected, thanks to you.",
                mentions));
    }

    void introductionDeclined(IncomingEvent<IntroductionDeclined> event) {
        IntroductionDeclined declined = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                declined.requesterId(),
                NoticeKind.INTRODUCTION_DECLINED,
                "Your introduction to " + mentions.name(declined.targetId(), contacts.nameOf(declined.targetId()))
                        + " will not go ahead",
                "The introduction was declined. Other members may be able to help: look in the directory.",
                mentions));
    }

    void introductionExpired(IncomingEvent<IntroductionExpired> event) {
        IntroductionExpired expired = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                expired.requesterId(),
                NoticeKind.INTRODUCTION_EXPIRED,
                "Your introduction to " + mentions.name(expired.targetId(), contacts.nameOf(expired.targetId()))
                        + " expired",
                "Nobody answered in time. You can ask again or ask someone else.",
                mentions));
    }

    /** The requester's reason, quoted: it is their words, so it goes when they are erased. */
    private static String reasonOrNothing(Mentions mentions, String requesterId, String reason) {
        return reason == null || reason.isBlank() ? "" : mentions.words(requesterId, "\u201c" + reason + "\u201d ", "");
    }
}
