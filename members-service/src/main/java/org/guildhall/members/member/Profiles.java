package org.guildhall.members.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.http.ETags;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.contribution.ActivityKind;
import org.guildhall.members.contribution.Contributions;

/** Members' profiles and networking goals, shown to each caller as far as the member allows. */
@ApplicationScoped
public class Profiles {

    private final MembershipRegister register;
    private final MemberRepository members;
    private final NetworkingGoalRepository goals;
    private final Contributions contributions;
    private final Outbox outbox;
    private final Clock clock;

    Profiles(
            MembershipRegister register,
            MemberRepository members,
            NetworkingGoalRepository goals,
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
        return MemberView.of(member, audience, goalsOf(memberId), contributions.of(memberId));
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

    @Transactional
    public GoalView setGoal(String memberId, NetworkingGoal.Kind kind, String description, LocalDate targetDate) {
        Member member = register.find(memberId);
        NetworkingGoal goal = NetworkingGoal.set(memberId, kind, description, targetDate, now());
        goals.persist(goal);
        publish(member);
        return withProgress(goal);
    }

    @Transactional
    public GoalView reviseGoal(
            String memberId, UUID goalId, String description, LocalDate targetDate, NetworkingGoal.Status status) {
        NetworkingGoal goal = goalOf(memberId, goalId);
        goal.revise(description, targetDate);
        goal.moveTo(status);
        publish(register.find(memberId));
        return withProgress(goal);
    }

    @Transactional
    public void removeGoal(String memberId, UUID goalId) {
        goals.delete(goalOf(memberId, goalId));
        publish(register.find(memberId));
    }

    @Transactional
    public List<GoalView> goalsOf(String memberId) {
        return goals.of(memberId).stream().map(this::withProgress).toList();
    }

    private NetworkingGoal goalOf(String memberId, UUID goalId) {
        return goals.findByIdOptional(goalId)
                .filter(goal -> goal.memberId().equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("goal", goalId.toString()));
    }

    private GoalView withProgress(NetworkingGoal goal) {
        Map<ActivityKind, java.math.BigDecimal> since = contributions.since(goal.memberId(), goal.createdAt());
        return GoalView.of(
                goal,
                new GoalView.Progress(
                        since.get(ActivityKind.CONNECTION_MADE).longValue(),
                        since.get(ActivityKind.EVENT_ATTENDED).longValue(),
                        since.get(ActivityKind.MENTORSHIP_STARTED).longValue(),
                        since.get(ActivityKind.VOLUNTEER_HOURS).stripTrailingZeros()));
    }

    private void publish(Member member) {
        outbox.record(
                MembershipEvents.MEMBER_PROFILE_UPDATED,
                member.id(),
                member.profileUpdated(goals.of(member.id()).stream()
                        .map(NetworkingGoal::published)
                        .toList()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
