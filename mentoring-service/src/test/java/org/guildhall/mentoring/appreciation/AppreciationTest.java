package org.guildhall.mentoring.appreciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class AppreciationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void shouldThankAnotherMemberForSomethingShared() {
        Appreciation appreciation =
                Appreciation.send("ada", "grace", AppreciationContext.EVENT, "event-1", "  Great talk ", NOW);

        assertThat(appreciation.sent().context()).isEqualTo("EVENT");
        assertThat(appreciation.sent().message()).isEqualTo("Great talk");
        assertThat(appreciation.sent().sentAt()).isEqualTo(NOW);
    }

    @Test
    void shouldNotThankOneself() {
        assertThatThrownBy(() -> Appreciation.send("ada", "ada", AppreciationContext.EVENT, "e", "Me!", NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("toMemberId");
    }
}
