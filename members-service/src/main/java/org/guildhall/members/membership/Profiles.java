package org.guildhall.members.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.http.ETags;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.contribution.Contributions;
import org.guildhall.members.goal.Goals;
import org.guildhall.members.goal.GoalsChanged;
import org.guildhall.members.profile.Audience;
import org.guildhall.members.profile.Profile;
import org.guildhall.members.profile.Visibility;

/** Members' profiles, shown to each caller as far as the member allows, and published with the member's goals. */
@ApplicationScoped
public class Profiles {

    private final MembershipRegister register;
    private final MemberRepository members;
    private final Goals goals;
    private final Contributions contributions;
    private final Outbox outbox;
    private final Clock clock;

    Profiles(
            MembershipRegister register,
            MemberRepository members,
            Goals goals,
            Contributions contributions,
            Outbox outbox,
            Clock clock) {
        this.register = register;
        this.members = members;
        this.goals = goals;
        this.contributions = contributions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public MemberView view(String memberId, Audience audience) {
        Member member = register.find(memberId);
        if (member.isErased() && audience.sees() != Visibility.PRIVATE) {
            throw ProblemException.notFound("member", memberId);
        }
        return MemberView.of(member, audience, goals.of(memberId), contributions.of(memberId));
    }

    /** Replaces the profile; with {@code If-Match}, only if nobody changed it since the caller read it. */
    @Transactional
    public Member updateProfile(String memberId, Profile profile, String ifMatch) {
        Member member = register.find(memberId);
        ETags.requireMatch(ifMatch, member.version());
        member.updateProfile(profile, now());
        members.flush(); // the new version is the response's ETag
        publish(member);
        return member;
    }

    /** Goals are part of the published profile: a change to them publishes it again, in their transaction. */
    void onGoalsChanged(@Observes GoalsChanged change) {
        publish(register.find(change.memberId()));
    }

    private void publish(Member member) {
        outbox.record(
                MembershipEvents.MEMBER_PROFILE_UPDATED,
                member.id(),
                member.profileUpdated(goals.published(member.id())));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
