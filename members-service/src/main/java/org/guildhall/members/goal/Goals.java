package org.guildhall.members.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.contribution.ActivityKind;
import org.guildhall.members.contribution.Contributions;

/**
 * Members' networking goals, with the progress the platform has seen since each was set. A change fires
 * {@link GoalsChanged} in its transaction; the member's profile, which carries the goals, is published on it (and a
 * person who has not joined is refused there, with the problem {@code member} not found).
 */
@ApplicationScoped
public class Goals {

    private final NetworkingGoalRepository goals;
    private final Contributions contributions;
    private final Event<GoalsChanged> changes;
    private final Clock clock;

    Goals(NetworkingGoalRepository goals, Contributions contributions, Event<GoalsChanged> changes, Clock clock) {
        this.goals = goals;
        this.contributions = contributions;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public GoalView set(String memberId, NetworkingGoal.Kind kind, String description, LocalDate targetDate) {
        // to the microsecond, as PostgreSQL keeps it: the 201 answers what every later read answers (issue 11 §6)
        NetworkingGoal goal = NetworkingGoal.set(
                memberId, kind, description, targetDate, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        goals.persist(goal);
        changes.fire(new GoalsChanged(memberId));
        return withProgress(goal);
    }

    @Transactional
    public GoalView revise(
            String memberId, UUID goalId, String description, LocalDate targetDate, NetworkingGoal.Status status) {
        NetworkingGoal goal = goalOf(memberId, goalId);
        goal.revise(description, targetDate);
        goal.moveTo(status);
        changes.fire(new GoalsChanged(memberId));
        return withProgress(goal);
    }

    @Transactional
    public void remove(String memberId, UUID goalId) {
        goals.delete(goalOf(memberId, goalId));
        changes.fire(new GoalsChanged(memberId));
    }

    @Transactional
    public GoalView one(String memberId, UUID goalId) {
        return withProgress(goalOf(memberId, goalId));
    }

    @Transactional
    public List<GoalView> of(String memberId) {
        return goals.of(memberId).stream().map(this::withProgress).toList();
    }

    /** The member's goals as the published profile carries them. */
    @Transactional
    public List<MemberProfileUpdated.Goal> published(String memberId) {
        return goals.of(memberId).stream().map(NetworkingGoal::published).toList();
    }

    /** Part of erasing a member: their goals go. */
    @Transactional
    public void eraseAllOf(String memberId) {
        goals.deleteAllOf(memberId);
    }

    private NetworkingGoal goalOf(String memberId, UUID goalId) {
        return goals.findByIdOptional(goalId)
                .filter(goal -> goal.memberId().equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("goal", goalId.toString()));
    }

    private GoalView withProgress(NetworkingGoal goal) {
        Map<ActivityKind, BigDecimal> since = contributions.since(goal.memberId(), goal.createdAt());
        return GoalView.of(
                goal,
                new GoalView.Progress(
                        since.get(ActivityKind.CONNECTION_MADE).longValue(),
                        since.get(ActivityKind.EVENT_ATTENDED).longValue(),
                        since.get(ActivityKind.MENTORSHIP_STARTED).longValue(),
                        since.get(ActivityKind.VOLUNTEER_HOURS).stripTrailingZeros()));
    }
}
