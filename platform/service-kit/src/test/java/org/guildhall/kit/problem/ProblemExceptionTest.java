package org.guildhall.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void shouldNameTheRefusedFieldInTheDetailAndInTheViolationsSoAFormShowsItBesideTheField() {
        Problem conflict = ProblemException.onField("fewer-places-than-volunteers", 409, "needed", "2 hold places")
                .problem();

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.title()).isEqualTo("Conflict");
        assertThat(conflict.type().toString()).endsWith("/fewer-places-than-volunteers");
        assertThat(conflict.detail()).isEqualTo("needed: 2 hold places");
        assertThat(conflict.violations()).containsExactly(new Problem.Violation("needed", "2 hold places"));

        Problem invalid = ProblemException.onField("invalid-schedule", 400, "endsAt", "must be after startsAt")
                .problem();
        assertThat(invalid.title()).isEqualTo("Bad request");
        assertThat(invalid.violations()).extracting(Problem.Violation::field).containsExactly("endsAt");
    }
}
