package org.guildhall.mentoring.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class MentorshipRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    static MentorshipRequest adaAsksGrace() {
        return MentorshipRequest.ask("grace", "ada", "Please", List.of("Lead a data team"), NOW, TWO_WEEKS);
    }

    @Test
    void shouldStartPendingWithAnAnswerTime() {
        MentorshipRequest request = adaAsksGrace();

        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.expiresAt()).isEqualTo(NOW.plus(TWO_WEEKS));
        assertThat(request.requested().goals()).containsExactly("Lead a data team");
    }

    @Test
    void shouldRefuseToAskOneself() {
        assertThatThrownBy(() -> MentorshipRequest.ask("ada", "ada", null, List.of(), NOW, TWO_WEEKS))
                .isInstanceOf(ProblemException.class)
                .satisfies(e ->
                        assertThat(((ProblemException) e).problem().status()).isEqualTo(400));
    }

    @Test
    void shouldStartAMentorshipWhenAccepted() {
        MentorshipRequest request = adaAsksGrace();

        Mentorship mentorship = request.accept(NOW.plusSeconds(3600));

        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(mentorship.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(mentorship.accepted().requestId()).isEqualTo(request.id().toString());
        assertThat(mentorship.goals()).extracting(MentorshipGoal::description).containsExactly("Lead a data team");
    }

    @Test
    void shouldRecordADeclineWithItsReason() {
        MentorshipRequest request = adaAsksGrace();

        request.decline("Full this quarter", NOW.plusSeconds(60));

        assertThat(request.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(request.declined().reason()).isEqualTo("Full this quarter");
        assertThat(request.declined().declinedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void shouldExpireOnlyOnceItsTimeHasRunOut() {
        MentorshipRequest request = adaAsksGrace();

        assertThat(request.isDue(NOW.plus(TWO_WEEKS).minusSeconds(1))).isFalse();
        assertThatThrownBy(() -> request.expire(NOW)).isInstanceOf(ProblemException.class);
        request.expire(NOW.plus(TWO_WEEKS));

        assertThat(request.status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(request.expired().expiredAt()).isEqualTo(NOW.plus(TWO_WEEKS));
    }

    @Test
    void shouldRefuseAnAnswerAfterTheAnswerTime() {
        MentorshipRequest request = adaAsksGrace();

        assertThatThrownBy(() -> request.accept(NOW.plus(TWO_WEEKS)))
                .isInstanceOf(ProblemException.class)
                .satisfies(
                        e -> assertThat(((ProblemException) e).problem().type().toString())
                                .endsWith("/request-expired"));
    }

    @Test
    void shouldNotBeAnsweredTwice() {
        MentorshipRequest request = adaAsksGrace();
        request.decline(null, NOW);

        assertThatThrownBy(() -> request.accept(NOW))
                .isInstanceOf(ProblemException.class)
                .satisfies(
                        e -> assertThat(((ProblemException) e).problem().type().toString())
                                .endsWith("/request-already-answered"));
    }

    @Test
    void shouldBeWithdrawnByItsMenteeWhilePending() {
        MentorshipRequest request = adaAsksGrace();

        request.withdraw("ada", NOW.plusSeconds(60));

        assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(request.answeredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(request.isDue(NOW.plus(TWO_WEEKS))).isFalse();
        assertProblem(() -> request.accept(NOW.plusSeconds(120)), 409, "request-already-answered");
        assertProblem(() -> request.withdraw("ada", NOW.plusSeconds(120)), 409, "request-already-answered");
    }

    @Test
    void shouldBeWithdrawnOnlyByItsMentee() {
        MentorshipRequest request = adaAsksGrace();

        assertProblem(() -> request.withdraw("grace", NOW), 403, "forbidden");
        assertProblem(() -> request.withdraw("mallory", NOW), 403, "forbidden");
        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    }

    @Test
    void shouldNotBeWithdrawnOnceAnsweredOrPastItsAnswerTime() {
        MentorshipRequest declined = adaAsksGrace();
        declined.decline(null, NOW);
        MentorshipRequest accepted = adaAsksGrace();
        accepted.accept(NOW);

        assertProblem(() -> declined.withdraw("ada", NOW), 409, "request-already-answered");
        assertProblem(() -> accepted.withdraw("ada", NOW), 409, "request-already-answered");
        assertProblem(() -> adaAsksGrace().withdraw("ada", NOW.plus(TWO_WEEKS)), 409, "request-expired");
    }

    private static void assertProblem(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(status);
            assertThat(e.problem().type().toString()).endsWith("/" + kind);
        });
    }
}
