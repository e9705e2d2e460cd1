package org.guildhall.members.introduction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.contracts.membership.IntroductionAccepted;
import org.guildhall.contracts.membership.IntroductionDeclined;
import org.guildhall.contracts.membership.IntroductionExpired;
import org.guildhall.contracts.membership.IntroductionForwarded;
import org.guildhall.contracts.membership.IntroductionRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.connection.Connection;
import org.guildhall.members.connection.Network;
import org.guildhall.members.membership.MemberErasure;

/** Warm introductions through shared connections. */
@ApplicationScoped
public class Introductions {

    private final IntroductionRepository introductions;
    private final Network network;
    private final IntroductionSettings settings;
    private final Outbox outbox;
    private final Clock clock;

    Introductions(
            IntroductionRepository introductions,
            Network network,
            IntroductionSettings settings,
            Outbox outbox,
            Clock clock) {
        this.introductions = introductions;
        this.network = network;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The requester asks their connection, the introducer, to introduce them to one of the introducer's. */
    @Transactional
    public Introduction askFor(String requesterId, String introducerId, String targetId, String reason) {
        Instant now = now();
        Introduction introduction =
                Introduction.askFor(requesterId, introducerId, targetId, reason, now, now.plus(settings.expireAfter()));
        requireConnected(requesterId, introducerId, "You are not connected with " + network.nameOf(introducerId));
        requireConnected(
                introducerId,
                targetId,
                network.nameOf(introducerId) + " is not connected with " + network.nameOf(targetId));
        requireNotConnected(requesterId, targetId);
        introductions.persist(introduction);
        outbox.record(
                MembershipEvents.INTRODUCTION_REQUESTED,
                introduction.id().toString(),
                new IntroductionRequested(
                        introduction.id().toString(),
                        requesterId,
                        introducerId,
                        targetId,
                        reason,
                        introduction.expiresAt(),
                        now));
        return introduction;
    }

    /** The introducer introduces two of their connections to each other; both are asked to consent. */
    @Transactional
    public Introduction make(String introducerId, String firstId, String secondId, String reason) {
        Instant now = now();
        Introduction introduction =
                Introduction.make(introducerId, firstId, secondId, reason, now, now.plus(settings.expireAfter()));
        requireConnected(introducerId, firstId, "You are not connected with " + network.nameOf(firstId));
        requireConnected(introducerId, secondId, "You are not connected with " + network.nameOf(secondId));
        requireNotConnected(firstId, secondId);
        introductions.persist(introduction);
        publishForwarded(introduction, now);
        return introduction;
    }

    @Transactional
    public Introduction forward(UUID id, String byWhom) {
        Introduction introduction = find(id, byWhom);
        Instant now = now();
        // the ask was made as the requester stood then; it goes on only while they are a current member
        network.requireCurrentMember(introduction.requesterId(), network.nameOf(introduction.requesterId()));
        introduction.forward(byWhom, now);
        publishForwarded(introduction, now);
        return introduction;
    }

    @Transactional
    public Introduction accept(UUID id, String byWhom) {
        Introduction introduction = find(id, byWhom);
        Instant now = now();
        // both sides are connected only while both are current members, whatever they were when it was asked
        network.requireCurrentMember(introduction.requesterId(), network.nameOf(introduction.requesterId()));
        network.requireCurrentMember(introduction.targetId(), network.nameOf(introduction.targetId()));
        if (introduction.accept(byWhom, now)) {
            network.connect(introduction.requesterId(), introduction.targetId(), Connection.Via.INTRODUCTION);
            outbox.record(
                    MembershipEvents.INTRODUCTION_ACCEPTED,
                    introduction.id().toString(),
                    new IntroductionAccepted(
                            introduction.id().toString(),
                            introduction.requesterId(),
                            introduction.introducerId(),
                            introduction.targetId(),
                            now));
        }
        return introduction;
    }

    @Transactional
    public Introduction decline(UUID id, String byWhom) {
        Introduction introduction = find(id, byWhom);
        Instant now = now();
        introduction.decline(byWhom, now);
        outbox.record(
                MembershipEvents.INTRODUCTION_DECLINED,
                introduction.id().toString(),
                new IntroductionDeclined(
                        introduction.id().toString(),
                        introduction.requesterId(),
                        introduction.introducerId(),
                        introduction.targetId(),
                        byWhom,
                        now));
        return introduction;
    }

    /** Closes every introduction whose time ran out; returns how many. */
    @Transactional
    public int expireDue() {
        Instant now = now();
        int expired = 0;
        for (Introduction introduction : introductions.due(now)) {
            if (introduction.expireIfDue(now)) {
                outbox.record(
                        MembershipEvents.INTRODUCTION_EXPIRED,
                        introduction.id().toString(),
                        new IntroductionExpired(
                                introduction.id().toString(),
                                introduction.requesterId(),
                                introduction.introducerId(),
                                introduction.targetId(),
                                now));
                expired++;
            }
        }
        return expired;
    }

    @Transactional
    public Page<Introduction> involving(String memberId, int page, int size) {
        return introductions.involving(memberId, page, size);
    }

    void forget(@Observes MemberErasure erasure) {
        introductions.deleteAllOf(erasure.memberId());
    }

    private void publishForwarded(Introduction introduction, Instant now) {
        outbox.record(
                MembershipEvents.INTRODUCTION_FORWARDED,
                introduction.id().toString(),
                new IntroductionForwarded(
                        introduction.id().toString(),
                        introduction.requesterId(),
                        introduction.introducerId(),
                        introduction.targetId(),
                        introduction.reason(),
                        now));
    }

    private Introduction find(UUID id, String byWhom) {
        return introductions
                .findByIdOptional(id)
                .filter(introduction -> introduction.involves(byWhom))
                .orElseThrow(() -> ProblemException.notFound("introduction", id.toString()));
    }

    private void requireConnected(String one, String other, String detail) {
        if (!network.connected(one, other)) {
            throw ProblemException.conflict("not-connected", detail);
        }
    }

    private void requireNotConnected(String one, String other) {
        if (network.connected(one, other)) {
            throw ProblemException.conflict(
                    "already-connected",
                    network.nameOf(one) + " and " + network.nameOf(other) + " are connected already");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
