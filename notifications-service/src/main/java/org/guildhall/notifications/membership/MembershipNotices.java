package org.guildhall.notifications.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.guildhall.contracts.membership.ConnectionEstablished;
import org.guildhall.contracts.membership.ConnectionRemoved;
import org.guildhall.contracts.membership.ConnectionRequested;
import org.guildhall.contracts.membership.IntroductionAccepted;
import org.guildhall.contracts.membership.IntroductionDeclined;
import org.guildhall.contracts.membership.IntroductionExpired;
import org.guildhall.contracts.membership.IntroductionForwarded;
import org.guildhall.contracts.membership.IntroductionRequested;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.membership.MemberInvited;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.kit.inbox.ErasedMemberNamed;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.notifications.delivery.DeliveryPlanner;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Draft;
import org.guildhall.notifications.wording.Moment;
import org.guildhall.notifications.wording.Wording;

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
    private final InvitationLinks invitations;
    private final EntityManager entityManager;

    MembershipNotices(
            Notifier notifier,
            MemberSnapshotRepository contacts,
            MembershipTermRepository terms,
            ConnectionMadeRepository connections,
            Clock clock,
            DeliveryPlanner deliveries,
            Event<MemberErased> erased,
            InvitationLinks invitations,
            EntityManager entityManager) {
        this.notifier = notifier;
        this.contacts = contacts;
        this.terms = terms;
        this.connections = connections;
        this.clock = clock;
        this.deliveries = deliveries;
        this.erased = erased;
        this.invitations = invitations;
        this.entityManager = entityManager;
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
        if (notifier.hasTold(joined.memberId(), NoticeKind.INVITATION)) {
            return; // an imported member: their invitation (published just before) welcomes them
        }
        notifier.tell(Draft.of(event.id(), joined.memberId(), NoticeKind.WELCOME)
                .with("name", joined.displayName())
                .with("tier", joined.tier())
                .with("pending", "PENDING".equals(joined.status())));
    }

    /**
     * An imported member is invited to sign up and claim their membership; the invitation carries their address, so it
     * is kept (the {@code MemberJoined} that follows in the same transaction confirms it).
     */
    void memberInvited(IncomingEvent<MemberInvited> event) {
        MemberInvited invited = event.payload();
        Instant now = Instant.now(clock);
        if (contacts.of(invited.memberId()).isEmpty()) {
            contacts.persist(MemberSnapshot.of(invited.memberId(), invited.displayName(), invited.email(), null, now));
            deliveries.recipientKnown(invited.memberId(), now);
        }
        notifier.tell(Draft.of(event.id(), invited.memberId(), NoticeKind.INVITATION)
                .with("name", invited.displayName())
                .with("email", invited.email())
                .with("signUpUrl", invitations.signUpUrl()));
    }

    void profileUpdated(IncomingEvent<MemberProfileUpdated> event) {
        MemberProfileUpdated profile = event.payload();
        Instant now = Instant.now(clock);
        MemberSnapshot snapshot = contacts.of(profile.memberId()).orElse(null);
        boolean firstHeard = snapshot == null;
        if (firstHeard) {
            snapshot = MemberSnapshot.of(
                    profile.memberId(), profile.displayName(), profile.email(), profile.timeZone(), now);
            contacts.persist(snapshot);
        } else {
            snapshot.update(profile.displayName(), profile.email(), profile.timeZone(), now);
        }
        if (profile.languages() != null) {
            // notices are written in the first language of the profile they exist in (until a preference says)
            snapshot.speaks(Wording.firstSupported(profile.languages())
                    .map(Locale::getLanguage)
                    .orElse(null));
        }
        if (firstHeard) {
            deliveries.recipientKnown(profile.memberId(), now);
        }
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
        notifier.tell(Draft.of(event.id(), changed.memberId(), NoticeKind.MEMBERSHIP_STATUS_CHANGED)
                .term("from", "status.", changed.from())
                .term("to", "status.", changed.to())
                .with("tier", changed.tier())
                .with("reason", changed.reason())
                .with("expiresAt", changed.expiresAt() == null ? null : Moment.at(changed.expiresAt())));
    }

    void connectionRequested(IncomingEvent<ConnectionRequested> event) {
        ConnectionRequested requested = event.payload();
        notifier.tell(Draft.of(event.id(), requested.recipientId(), NoticeKind.CONNECTION_REQUESTED)
                .name("requester", requested.requesterId(), contacts.nameOf(requested.requesterId()))
                .words("note", requested.requesterId(), requested.note(), "words", "connection-requested.noteGone"));
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
     *
     * <p>First it flushes what earlier events of the same batch left pending (their joining's e-mail delivery, a
     * term, a contact), so each feature's bulk deletes and updates see those rows: otherwise a notification went
     * before its delivery's insert, which then failed the batch on the foreign key (docs/messaging.md, "An erasure
     * flushes first").
     */
    void memberErased(IncomingEvent<MemberErased> event) {
        erase(event.payload());
    }

    /**
     * An event of another topic named a member erased before (the kit's inbox fires it after that event's handlers):
     * what they wrote about the member goes as the erasure's did (docs/messaging.md, "An erasure outlasts late
     * events").
     */
    void erasedMemberNamed(@Observes ErasedMemberNamed named) {
        erase(new MemberErased(named.memberId(), named.erasedAt()));
    }

    private void erase(MemberErased erasure) {
        // what earlier events of this batch left pending goes first (docs/messaging.md, "An erasure flushes first")
        entityManager.flush();
        String memberId = erasure.memberId();
        contacts.deleteById(memberId);
        terms.deleteById(memberId);
        connections.deleteOf(memberId);
        erased.fire(erasure);
    }

    void connectionRemoved(IncomingEvent<ConnectionRemoved> event) {
        connections.deleteById(event.payload().connectionId());
    }

    private void tellConnected(IncomingEvent<ConnectionEstablished> event, String memberId, String otherId) {
        notifier.tell(Draft.of(event.id(), memberId, NoticeKind.CONNECTION_ESTABLISHED)
                .name("other", otherId, contacts.nameOf(otherId)));
    }

    void introductionRequested(IncomingEvent<IntroductionRequested> event) {
        IntroductionRequested requested = event.payload();
        notifier.tell(Draft.of(event.id(), requested.introducerId(), NoticeKind.INTRODUCTION_REQUESTED)
                .name("requester", requested.requesterId(), contacts.nameOf(requested.requesterId()))
                .name("target", requested.targetId(), contacts.nameOf(requested.targetId()))
                .quote("reason", requested.requesterId(), requested.reason(), null)
                .with("expiresAt", Moment.at(requested.expiresAt())));
    }

    void introductionForwarded(IncomingEvent<IntroductionForwarded> event) {
        IntroductionForwarded forwarded = event.payload();
        notifier.tell(Draft.of(event.id(), forwarded.targetId(), NoticeKind.INTRODUCTION_FORWARDED)
                .name("requester", forwarded.requesterId(), contacts.nameOf(forwarded.requesterId()))
                .name("introducer", forwarded.introducerId(), contacts.nameOf(forwarded.introducerId()))
                .quote("reason", forwarded.requesterId(), forwarded.reason(), null));
    }

    void introductionAccepted(IncomingEvent<IntroductionAccepted> event) {
        IntroductionAccepted accepted = event.payload();
        notifier.tell(Draft.of(event.id(), accepted.requesterId(), NoticeKind.INTRODUCTION_ACCEPTED)
                .name("target", accepted.targetId(), contacts.nameOf(accepted.targetId())));
        notifier.tell(Draft.of(event.id(), accepted.introducerId(), NoticeKind.INTRODUCTION_ACCEPTED)
                .variant("introducer")
                .name("requester", accepted.requesterId(), contacts.nameOf(accepted.requesterId()))
                .name("target", accepted.targetId(), contacts.nameOf(accepted.targetId())));
    }

    void introductionDeclined(IncomingEvent<IntroductionDeclined> event) {
        IntroductionDeclined declined = event.payload();
        notifier.tell(Draft.of(event.id(), declined.requesterId(), NoticeKind.INTRODUCTION_DECLINED)
                .name("target", declined.targetId(), contacts.nameOf(declined.targetId())));
    }

    void introductionExpired(IncomingEvent<IntroductionExpired> event) {
        IntroductionExpired expired = event.payload();
        notifier.tell(Draft.of(event.id(), expired.requesterId(), NoticeKind.INTRODUCTION_EXPIRED)
                .name("target", expired.targetId(), contacts.nameOf(expired.targetId())));
    }
}
