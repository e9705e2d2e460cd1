package org.guildhall.members.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IntroductionTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));

    private static Introduction adaAsksGraceForLinus() {
        return Introduction.askFor("ada", "grace", "linus", "Kernel advice", NOW, DEADLINE);
    }

    @Test
    void anIntroductionShouldBeForwardedThenAccepted() {
        Introduction introduction = adaAsksGraceForLinus();
        assertThat(introduction.status()).isEqualTo(Introduction.Status.REQUESTED);

        introduction.forward("grace", NOW);
        assertThat(introduction.status()).isEqualTo(Introduction.Status.FORWARDED);
        assertThat(introduction.accept("linus", NOW)).isTrue();
        assertThat(introduction.status()).isEqualTo(Introduction.Status.ACCEPTED);
    }

    @Test
    void onlyTheIntroducerShouldForwardAndOnlyTheTargetAccept() {
        Introduction introduction = adaAsksGraceForLinus();
        assertThatThrownBy(() -> introduction.forward("ada", NOW)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> introduction.accept("linus", NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("REQUESTED");
        introduction.forward("grace", NOW);
        assertThatThrownBy(() -> introduction.accept("ada", NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void theIntroducerOrThenTheTargetShouldDecline() {
        Introduction byIntroducer = adaAsksGraceForLinus();
        assertThatThrownBy(() -> byIntroducer.decline("linus", NOW)).isInstanceOf(ProblemException.class);
        byIntroducer.decline("grace", NOW);
        assertThat(byIntroducer.status()).isEqualTo(Introduction.Status.DECLINED);

        Introduction byTarget = adaAsksGraceForLinus();
        byTarget.forward("grace", NOW);
        byTarget.decline("linus", NOW);
        assertThat(byTarget.status()).isEqualTo(Introduction.Status.DECLINED);
    }

    @Test
    void aDirectIntroductionShouldNeedBothConsents() {
        Introduction direct = Introduction.make("grace", "ada", "linus", "Compilers", NOW, DEADLINE);
        assertThat(direct.status()).isEqualTo(Introduction.Status.FORWARDED);

        assertThat(direct.accept("ada", NOW)).isFalse();
        assertThat(direct.status()).isEqualTo(Introduction.Status.FORWARDED);
        assertThat(direct.accept("linus", NOW)).isTrue();
        assertThat(direct.status()).isEqualTo(Introduction.Status.ACCEPTED);
    }

    @Test
    void anUnansweredIntroductionShouldExpireAtItsDeadlineAndRefuseAnswersAfter() {
        Introduction introduction = adaAsksGraceForLinus();
        assertThat(introduction.expireIfDue(DEADLINE.minusSeconds(1))).isFalse();
        assertThatThrownBy(() -> introduction.forward("grace", DEADLINE))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("expired");
        assertThat(introduction.expireIfDue(DEADLINE)).isTrue();
        assertThat(introduction.status()).isEqualTo(Introduction.Status.EXPIRED);
        assertThat(introduction.expireIfDue(DEADLINE.plusSeconds(60))).isFalse();
    }

    @Test
    void anIntroductionShouldNeedThreeDifferentPeople() {
        assertThatThrownBy(() -> Introduction.askFor("ada", "ada", "linus", "x", NOW, DEADLINE))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Introduction.askFor("ada", "grace", "ada", "x", NOW, DEADLINE))
                .isInstanceOf(ProblemException.class);
    }
}
