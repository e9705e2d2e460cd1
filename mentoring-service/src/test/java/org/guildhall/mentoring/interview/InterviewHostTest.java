package org.guildhall.mentoring.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InterviewHostTest {

    @Test
    void shouldKeepTheLatestMonthlyLimit() {
        InterviewHost host = InterviewHost.limitedTo("linus", 3, Instant.parse("2026-11-26T10:00:00Z"));

        host.setLimit(0, Instant.parse("2026-11-27T10:00:00Z"));

        assertThat(host.monthlyLimit()).isZero();
        assertThat(host.memberId()).isEqualTo("linus");
    }
}
