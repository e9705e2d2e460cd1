package org.guildhall.kit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final Clock MID_MAY_2026 = Clock.fixed(Instant.parse("2026-05-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldCoverTheTwelveMonthsUpToThisOneByDefault() {
        ReportPeriod period = ReportPeriod.of(null, "", MID_MAY_2026);

        assertThat(period.from()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(period.to()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(period.months()).hasSize(12);
        assertThat(period.start()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void shouldAllowFiveYearsAndRefuseOneMonthMoreNamingTo() {
        assertThat(ReportPeriod.of("2021-06", "2026-05", MID_MAY_2026).months()).hasSize(60);

        assertThatThrownBy(() -> ReportPeriod.of("2021-05", "2026-05", MID_MAY_2026))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.problem().status()).isEqualTo(400);
                    assertThat(refusal.problem().type().toString()).endsWith("/report-period");
                    assertThat(refusal.problem().violations())
                            .extracting("field")
                            .containsExactly("to");
                });
    }

    @Test
    void shouldRefuseAStartAfterTheEndAndAMonthThatIsNotOne() {
        assertThatThrownBy(() -> ReportPeriod.of("2026-06", "2026-05", MID_MAY_2026))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(
                                refusal.problem().violations())
                        .extracting("field")
                        .containsExactly("from"));
        assertThatThrownBy(() -> ReportPeriod.of("2026-13", null, MID_MAY_2026))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("yyyy-MM");
    }
}
