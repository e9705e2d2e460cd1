package org.guildhall.members.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.membership.MemberInvited;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.kit.inbox.ErasedMembers;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.goal.Goals;
import org.guildhall.members.profile.Profile;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Who is a member and how their membership stands: joining, approval, renewal, tiers, suspension, expiry and
 * erasure. Every change is kept in the member's history and published, in the same transaction.
 */
@ApplicationScoped
public class MembershipRegister {

    private final MemberRepository members;
    private final TierRepository tiers;
    private final MembershipStatusChangeRepository history;
    private final Goals goals;
    private final MembershipSettings settings;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<MemberErasure> erasures;
    private final ErasedMembers erasedMembers;

    MembershipRegister(
            MemberRepository members,
            TierRepository tiers,
            MembershipStatusChangeRepository history,
            Goals goals,
            MembershipSettings settings,
            Outbox outbox,
            Clock clock,
            Event<MemberErasure> erasures,
            ErasedMembers erasedMembers) {
        this.members = members;
        this.tiers = tiers;
        this.history = history;
        this.goals = goals;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
        this.erasures = erasures;
        this.erasedMembers = erasedMembers;
    }

    @Transactional
    public Member join(String memberId, String email, Profile profile, String tierCode) {
        if (members.findByIdOptional(memberId).isPresent()) {
            throw alreadyJoined(memberId);
        }
        Tier tier = tiers.require(tierCode == null ? settings.defaultTier() : tierCode);
        Member member = Member.join(memberId, email, profile, tier, now());
        try {
            members.persistAndFlush(member);
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw alreadyJoined(memberId); // a concurrent join of the same person won the race
            }
            throw e;
        }
        outbox.record(MembershipEvents.MEMBER_JOINED, member.id(), member.joined());
        erasedMembers.forget(List.of(member.id())); // an erased member's id joins again as a new member
        keep(member, member.joinTransition(), memberId);
        return member;
    }

    /**
     * Creates the member an import row names, under {@code memberId}, and publishes it exactly as a join does: its
     * {@code MemberJoined} and first {@code MembershipStatusChanged}, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member importMember(String memberId, ImportedMembership imported) {
        Tier tier = tiers.require(imported.tier() == null ? settings.defaultTier() : imported.tier());
        Member member = Member.importFrom(memberId, imported, tier, settings.gracePeriod(), now());
        members.persist(member);
        if (member.status().isMember() || member.status() == MembershipStatus.PENDING) {
            // before MemberJoined, so that notifications-service invites rather than welcomes the person
            outbox.record(
                    MembershipEvents.MEMBER_INVITED,
                    member.id(),
                    new MemberInvited(member.id(), member.displayName(), member.email(), now()));
        }
        outbox.record(MembershipEvents.MEMBER_JOINED, member.id(), member.joined());
        erasedMembers.forget(List.of(member.id()));
        keep(member, member.joinTransition(), null);
        return member;
    }

    /**
     * Applies an import row to the member it matched: a new name is published as the profile
     * ({@code MemberProfileUpdated}), a new tier, status or expiry as a {@code MembershipStatusChanged}.
     *
     * @return whether anything changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyImport(String memberId, ImportedMembership imported, String adminId) {
        Member member = find(memberId);
        Instant now = now();
        boolean renamed = member.rename(imported.displayName(), now);
        Tier tier = imported.tier() == null ? null : tiers.require(imported.tier());
        var transition = member.adopt(imported, tier, settings.gracePeriod(), now);
        transition.ifPresent(moved -> keep(member, moved, adminId));
        if (renamed) {
            outbox.record(
                    MembershipEvents.MEMBER_PROFILE_UPDATED,
                    member.id(),
                    member.profileUpdated(goals.published(member.id())));
        }
        return renamed || transition.isPresent();
    }

    /**
     * A person who signed up claims the membership an import made for their e-mail address: it moves to their own id
     * (the token's {@code sub}) with its history, and is published under that id ({@code MemberJoined} and its current
     * terms as a first {@code MembershipStatusChanged}); the imported id retires ({@code MemberErased}, so every
     * service forgets what it kept under it, and the sent events that named it go).
     */
    @Transactional
    public Member claim(String memberId, String email) {
        if (members.findByIdOptional(memberId).isPresent()) {
            throw alreadyJoined(memberId);
        }
        String importedId = members.unclaimedByEmail(email)
                .orElseThrow(() -> new ProblemException(
                        "nothing-to-claim",
                        "No membership to claim",
                        404,
                        "No imported membership waits for " + email
                                + "; join instead, or ask an administrator which address they imported"));
        members.rekey(importedId, memberId);
        Member member = find(memberId);
        Instant now = now();
        outbox.forgetSentAbout(importedId);
        outbox.record(MembershipEvents.MEMBER_ERASED, importedId, new MemberErased(importedId, now));
        erasedMembers.remember(importedId, now);
        erasedMembers.forget(List.of(member.id()));
        outbox.record(MembershipEvents.MEMBER_JOINED, member.id(), member.joined());
        outbox.record(
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED,
                member.id(),
                new MembershipStatusChanged(
                        member.id(),
                        null,
                        member.status().name(),
                        member.tier(),
                        member.expiresAt(),
                        "Claimed by the member",
                        now));
        return member;
    }

    @Transactional
    public Member approve(String memberId, String adminId) {
        Member member = find(memberId);
        keep(member, member.approve(tiers.require(member.tier()), now()), adminId);
        return member;
    }

    @Transactional
    public Member reject(String memberId, String reason, String adminId) {
        Member member = find(memberId);
        keep(member, member.reject(reason, now()), adminId);
        return member;
    }

    @Transactional
    public Member renew(String memberId, String adminId) {
        Member member = find(memberId);
        keep(member, member.renew(tiers.require(member.tier()), now()), adminId);
        return member;
    }

    @Transactional
    public Member changeTier(String memberId, String tierCode, String reason, String adminId) {
        Member member = find(memberId);
        keep(member, member.changeTier(tiers.require(tierCode), reason, now()), adminId);
        return member;
    }

    @Transactional
    public Member suspend(String memberId, String reason, String adminId) {
        Member member = find(memberId);
        keep(member, member.suspend(reason, now()), adminId);
        return member;
    }

    @Transactional
    public Member reinstate(String memberId, String reason, String adminId) {
        Member member = find(memberId);
        keep(member, member.reinstate(reason, settings.gracePeriod(), now()), adminId);
        return member;
    }

    /** Moves every membership past its expiry into grace, and past its grace into lapsed; returns how many. */
    @Transactional
    public int applyExpiries() {
        Instant now = now();
        List<Member> due = members.dueForExpiry(now, now.minus(settings.gracePeriod()));
        int moved = 0;
        for (Member member : due) {
            var transition = member.expire(settings.gracePeriod(), now);
            if (transition.isPresent()) {
                keep(member, transition.get(), null);
                moved++;
            }
        }
        return moved;
    }

    /**
     * Erases a member's personal data. What the association must keep (the membership's history, its tier and
     * dates, the anonymous contribution counts) moves to a pseudonym {@code erased-<uuid>}, without name or contact,
     * so nothing links it back to the person and the member id is free to join again as a new member; goals go, and
     * so do the published events that name the member. Every other context purges on {@code MemberErased}.
     */
    @Transactional
    public void erase(String memberId, String byWhom) {
        Member member = find(memberId);
        Instant now = now();
        member.erase(now).ifPresent(transition -> keep(member, transition, byWhom));
        String pseudonym = "erased-" + UUID.randomUUID();
        erasures.fire(new MemberErasure(memberId, pseudonym));
        // after the event, so that the erasure record counts the goals it takes
        goals.eraseAllOf(memberId);
        outbox.forgetSentAbout(memberId);
        outbox.record(MembershipEvents.MEMBER_ERASED, memberId, new MemberErased(memberId, now));
        members.moveToPseudonym(memberId, pseudonym);
        // late events of other topics naming the member are erased again (docs/messaging.md)
        erasedMembers.remember(memberId, now);
    }

    @Transactional
    public List<MembershipStatusChange> historyOf(String memberId) {
        find(memberId);
        return history.historyOf(memberId);
    }

    @Transactional
    public Member find(String memberId) {
        return members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("member", memberId));
    }

    @Transactional
    public List<Tier> tiers() {
        return tiers.all();
    }

    private void keep(Member member, StatusTransition transition, String byWhom) {
        history.persist(MembershipStatusChange.of(member.id(), transition, byWhom));
        outbox.record(
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED,
                member.id(),
                new MembershipStatusChanged(
                        member.id(),
                        transition.from() == null ? null : transition.from().name(),
                        transition.to().name(),
                        transition.tier(),
                        transition.expiresAt(),
                        transition.reason(),
                        transition.at()));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static ProblemException alreadyJoined(String memberId) {
        return ProblemException.conflict("member-already-joined", "Member " + memberId + " has already joined");
    }
}
