package org.guildhall.members.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.problem.ProblemException;
import org.hibernate.exception.ConstraintViolationException;

/** Who is a member: joining and profile changes, each with its event in the same transaction. */
@ApplicationScoped
public class MembershipRegister {

    private final MemberRepository members;
    private final Outbox outbox;
    private final Clock clock;

    MembershipRegister(MemberRepository members, Outbox outbox, Clock clock) {
        this.members = members;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Member join(String memberId, String email, Profile profile) {
        if (members.findByIdOptional(memberId).isPresent()) {
            throw alreadyJoined(memberId);
        }
        Member member = Member.join(memberId, email, profile, Instant.now(clock));
        try {
            members.persistAndFlush(member);
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw alreadyJoined(memberId); // a concurrent join of the same person won the race
            }
            throw e;
        }
        outbox.record(MembershipEvents.MEMBER_JOINED, member.id(), member.joined());
        return member;
    }

    @Transactional
    public Member updateProfile(String memberId, Profile profile) {
        Member member = find(memberId);
        member.updateProfile(profile, Instant.now(clock));
        outbox.record(MembershipEvents.MEMBER_PROFILE_UPDATED, member.id(), member.profileUpdated());
        return member;
    }

    @Transactional
    public Member find(String memberId) {
        return members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("member", memberId));
    }

    private static ProblemException alreadyJoined(String memberId) {
        return ProblemException.conflict("member-already-joined", "Member " + memberId + " has already joined");
    }
}
