package org.guildhall.members.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class NetworkingGoalTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static NetworkingGoal findAMentor() {
        return NetworkingGoal.set("ada", NetworkingGoal.Kind.FIND_MENTOR, null, LocalDate.parse("2027-03-31"), NOW);
    }

    @Test
    void aNewGoalShouldBeOpen() {
        assertThat(findAMentor().status()).isEqualTo(NetworkingGoal.Status.OPEN);
    }

    @Test
    void aGoalInOwnWordsShouldNeedThem() {
        assertThatThrownBy(() -> NetworkingGoal.set("ada", NetworkingGoal.Kind.OWN_WORDS, " ", null, NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("description");
    }

    @Test
    void anOpenGoalShouldBeAchievedOrAbandonedAndReopened() {
        NetworkingGoal goal = findAMentor();
        goal.achieve();
        assertThat(goal.status()).isEqualTo(NetworkingGoal.Status.ACHIEVED);
        assertThatThrownBy(goal::abandon).isInstanceOf(ProblemException.class);
        goal.reopen();
        goal.moveTo(NetworkingGoal.Status.ABANDONED);
        assertThat(goal.status()).isEqualTo(NetworkingGoal.Status.ABANDONED);
        assertThat(goal.published().status()).isEqualTo("ABANDONED");
    }

    @Test
    void anOpenGoalShouldNotBeReopened() {
        assertThatThrownBy(findAMentor()::reopen).isInstanceOf(ProblemException.class);
    }
}
