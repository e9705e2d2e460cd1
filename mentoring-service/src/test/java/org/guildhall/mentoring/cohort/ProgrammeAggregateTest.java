package org.guildhall.mentoring.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ProgrammeAggregateTest {

    private static final Instant OPENS = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofDays(30));
    private static final Instant DURING = OPENS.plus(Duration.ofDays(1));

    static Programme springCohort() {
        return Programme.open("Spring 2027 cohort", "coordinator", OPENS, CLOSES, OPENS.minusSeconds(60));
    }

    static Programme withGraceAndAda() {
        Programme programme = springCohort();
        programme.enrolMentor("grace", 1, DURING);
        programme.enrolMentee("ada", DURING);
        programme.enrolMentee("linus", DURING);
        return programme;
    }

    private static MatchPreview previewPairing(String mentor, String mentee) {
        return new MatchPreview(
                MatchObjective.MOST_MATCHES_THEN_SCORE,
                50,
                List.of(new MatchPreview.PreviewPair(mentor, mentee, 87, false)),
                List.of(),
                1,
                1.0,
                87,
                87,
                87,
                DURING);
    }

    @Test
    void shouldRefuseAnEmptyEnrolmentWindow() {
        assertThatThrownBy(() -> Programme.open("x", "c", OPENS, OPENS, OPENS)).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldEnrolOnlyWithinTheWindowAndOnce() {
        Programme programme = springCohort();

        assertThatThrownBy(() -> programme.enrolMentee("ada", OPENS.minusSeconds(1)))
                .hasMessageContaining("Enrolment runs");
        assertThatThrownBy(() -> programme.enrolMentee("ada", CLOSES)).hasMessageContaining("Enrolment runs");
        programme.enrolMentee("ada", DURING);
        assertThatThrownBy(() -> programme.enrolMentor("ada", 2, DURING)).hasMessageContaining("already enrolled");
        assertThat(programme.mentees()).extracting(Enrolment::memberId).containsExactly("ada");
    }

    @Test
    void shouldPinWithinCapacityAndForbidEnrolledPairs() {
        Programme programme = withGraceAndAda();

        programme.rule(new PairRule("grace", "ada", PairRule.Kind.PIN));
        assertThatThrownBy(() -> programme.rule(new PairRule("grace", "linus", PairRule.Kind.PIN)))
                .hasMessageContaining("capacity");
        programme.rule(new PairRule("grace", "linus", PairRule.Kind.FORBID));
        assertThatThrownBy(() -> programme.rule(new PairRule("grace", "nobody", PairRule.Kind.FORBID)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("menteeId");

        assertThat(programme.pairRules()).hasSize(2);
    }

    @Test
    void shouldReplaceARuleForTheSamePair() {
        Programme programme = withGraceAndAda();
        programme.rule(new PairRule("grace", "ada", PairRule.Kind.PIN));

        programme.rule(new PairRule("grace", "ada", PairRule.Kind.FORBID));

        assertThat(programme.pairRules()).containsExactly(new PairRule("grace", "ada", PairRule.Kind.FORBID));
    }

    @Test
    void shouldDropThePreviewWhenTheCohortChanges() {
        Programme programme = withGraceAndAda();
        programme.recordPreview(previewPairing("grace", "ada"));

        programme.rule(new PairRule("grace", "linus", PairRule.Kind.FORBID));

        assertThat(programme.preview()).isNull();
        assertThatThrownBy(() -> programme.publish(DURING)).hasMessageContaining("Run the matching");
    }

    @Test
    void shouldPublishTheLastPreviewOnce() {
        Programme programme = withGraceAndAda();
        programme.recordPreview(previewPairing("grace", "ada"));

        List<MatchPreview.PreviewPair> pairs = programme.publish(CLOSES);

        assertThat(pairs).extracting(MatchPreview.PreviewPair::menteeId).containsExactly("ada");
        assertThat(programme.status()).isEqualTo(Programme.Status.PUBLISHED);
        assertThat(programme.published().pairs()).hasSize(1);
        assertThat(programme.published().publishedAt()).isEqualTo(CLOSES);
        assertThatThrownBy(() -> programme.publish(CLOSES)).hasMessageContaining("already published");
        assertThatThrownBy(() -> programme.enrolMentee("barbara", DURING)).hasMessageContaining("already published");
    }

    @Test
    void shouldBeOpenForEnrolmentOnlyWithinItsWindowAndUntilPublished() {
        Programme programme = withGraceAndAda();

        assertThat(programme.isOpenForEnrolment(OPENS.minusSeconds(1))).isFalse();
        assertThat(programme.isOpenForEnrolment(OPENS)).isTrue();
        assertThat(programme.isOpenForEnrolment(CLOSES.minusSeconds(1))).isTrue();
        assertThat(programme.isOpenForEnrolment(CLOSES)).isFalse();
        programme.recordPreview(previewPairing("grace", "ada"));
        programme.publish(DURING);
        assertThat(programme.isOpenForEnrolment(DURING)).isFalse();
    }

    @Test
    void shouldTellHowAMemberTakesPart() {
        Programme programme = withGraceAndAda();

        assertThat(programme.enrolmentOf("grace")).map(Enrolment::role).contains(Enrolment.Role.MENTOR);
        assertThat(programme.enrolmentOf("ada")).map(Enrolment::role).contains(Enrolment.Role.MENTEE);
        assertThat(programme.enrolmentOf("barbara")).isEmpty();
    }
}
