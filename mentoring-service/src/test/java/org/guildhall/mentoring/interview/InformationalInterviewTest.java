package org.guildhall.mentoring.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class InformationalInterviewTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-12-07T15:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-08T15:00:00Z");

    private static InformationalInterview adaAsksLinus() {
        return InformationalInterview.request("ada", "linus", "Kernels", "20 minutes?", List.of(TUESDAY, MONDAY), NOW);
    }

    private static int status(Throwable e) {
        return ((ProblemException) e).problem().status();
    }

    @Test
    void shouldRefuseOneselfAndPastTimes() {
        assertThatThrownBy(() -> InformationalInterview.request("ada", "ada", "t", null, List.of(MONDAY), NOW))
                .satisfies(e -> assertThat(status(e)).isEqualTo(400));
        assertThatThrownBy(() ->
                        InformationalInterview.request("ada", "linus", "t", null, List.of(NOW.minusSeconds(1)), NOW))
                .satisfies(e -> assertThat(status(e)).isEqualTo(400));
    }

    @Test
    void shouldBeAcceptedByTheHostAtAProposedTime() {
        InformationalInterview interview = adaAsksLinus();

        assertThatThrownBy(() -> interview.accept("ada", MONDAY, NOW))
                .satisfies(e -> assertThat(status(e)).isEqualTo(403));
        assertThatThrownBy(() -> interview.accept("linus", MONDAY.plusSeconds(60), NOW))
                .satisfies(e -> assertThat(status(e)).isEqualTo(400));
        interview.accept("linus", MONDAY, NOW);

        assertThat(interview.status()).isEqualTo(InterviewStatus.ACCEPTED);
        assertThat(interview.accepted().scheduledFor()).isEqualTo(MONDAY);
        assertThat(interview.requested().proposedTimes()).containsExactly(MONDAY, TUESDAY);
    }

    @Test
    void shouldLetTheHostProposeAnotherTimeThatTheRequesterTakesOrDeclines() {
        InformationalInterview taken = adaAsksLinus();
        Instant friday = MONDAY.plus(Duration.ofDays(4));
        taken.proposeAnotherTime("linus", friday, NOW);
        assertThat(taken.timeBeingScheduled(null)).isEqualTo(friday);
        assertThatThrownBy(() -> taken.acceptProposedTime("linus", NOW)).isInstanceOf(ProblemException.class);
        taken.acceptProposedTime("ada", NOW);
        assertThat(taken.scheduledFor()).isEqualTo(friday);

        InformationalInterview turnedDown = adaAsksLinus();
        turnedDown.proposeAnotherTime("linus", friday, NOW);
        assertThatThrownBy(() -> turnedDown.decline("linus", NOW)).isInstanceOf(ProblemException.class);
        turnedDown.decline("ada", NOW);
        assertThat(turnedDown.status()).isEqualTo(InterviewStatus.DECLINED);
    }

    @Test
    void shouldBeDeclinedByTheHost() {
        InformationalInterview interview = adaAsksLinus();

        interview.decline("linus", NOW);

        assertThat(interview.declined().declinedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> interview.accept("linus", MONDAY, NOW))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409));
    }

    @Test
    void shouldBeMarkedDoneByEitherSideOnceItHappened() {
        InformationalInterview interview = adaAsksLinus();
        interview.accept("linus", MONDAY, NOW);

        assertThatThrownBy(() -> interview.complete("ada", MONDAY.minusSeconds(1)))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409));
        assertThatThrownBy(() -> interview.complete("mallory", MONDAY))
                .satisfies(e -> assertThat(status(e)).isEqualTo(403));
        interview.complete("ada", MONDAY.plusSeconds(1800));

        assertThat(interview.completed().completedAt()).isEqualTo(MONDAY.plusSeconds(1800));
        assertThat(interview.status()).isEqualTo(InterviewStatus.COMPLETED);
    }

    @Test
    void shouldHaveNoOtherTimeToTakeBeforeTheHostProposesOne() {
        InformationalInterview interview = adaAsksLinus();

        assertThatThrownBy(() -> interview.otherTimeFor("ada"))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409));
        assertThatThrownBy(() -> interview.acceptProposedTime("ada", NOW))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409));
        interview.proposeAnotherTime("linus", TUESDAY, NOW);
        assertThatThrownBy(() -> interview.otherTimeFor("linus"))
                .satisfies(e -> assertThat(status(e)).isEqualTo(403));
        assertThat(interview.otherTimeFor("ada")).isEqualTo(TUESDAY);
    }
}
