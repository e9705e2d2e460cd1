package org.guildhall.mentoring.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorFitTest {

    private final MentorFit fit = new MentorFit(Weights.asConfigured());

    @Test
    void shouldScoreAMentorWhoMeetsEverySoftCriterionAtOneHundred() {
        Fit result = fit.explain(Pairs.earlyCareerDataEngineerInLondon(), Pairs.seniorDataEngineerInLondon());

        assertThat(result.score()).isEqualTo(100);
        assertThat(result.criteria())
                .extracting(Fit.Criterion::name)
                .containsExactly(
                        MentorFit.TOPICS,
                        MentorFit.INDUSTRY,
                        MentorFit.STAGE,
                        MentorFit.TIME_ZONE,
                        MentorFit.LANGUAGE,
                        MentorFit.GOALS);
        assertThat(result.criteria().get(0).explanation())
                .isEqualTo("Shared topics: career-change, data-engineering, machine-learning");
        assertThat(result.criteria().get(2).explanation()).contains("SENIOR", "EARLY_CAREER", "2 stages");
        assertThat(result.criteria().stream().mapToDouble(Fit.Criterion::points).sum())
                .isCloseTo(100, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void shouldScoreAMentorWhoMeetsAlmostNothingNearZeroAndSayWhy() {
        Fit result = fit.explain(Pairs.earlyCareerDataEngineerInLondon(), Pairs.juniorDesignerInTokyo());

        assertThat(result.score())
                .as("only the 9 h between London and Tokyo earns a little")
                .isEqualTo(3);
        assertThat(result.criteria())
                .extracting(Fit.Criterion::explanation)
                .contains("No shared topics", "No shared language", "Offers none of what you seek");
    }

    @Test
    void shouldLeaveOutWhatTheMenteeExpressedNothingAbout() {
        MenteeNeeds unspecific = new MenteeNeeds(
                "mentee", Set.of("data-engineering"), Set.of(), null, null, Set.of(), Set.of(), Set.of(), false, null);

        Fit result = fit.explain(unspecific, Pairs.seniorDataEngineerInLondon());

        assertThat(result.criteria()).extracting(Fit.Criterion::name).containsExactly(MentorFit.TOPICS);
        assertThat(result.score()).isEqualTo(100);
    }

    @Test
    void shouldWeighCriteriaAsConfigured() {
        MentorFit topicsOnly = new MentorFit(new FitWeights(1, 0, 0, 0, 0, 0));
        MenteeNeeds mentee = Pairs.earlyCareerDataEngineerInLondon();
        MentorOffering oneSharedTopic = new MentorOffering(
                "m", Set.of("data-engineering"), Set.of(), "STUDENT", Pairs.TOKYO, Set.of(), Set.of(), 1, 0);

        assertThat(topicsOnly.score(mentee, oneSharedTopic)).isEqualTo(33);
        assertThat(fit.score(mentee, oneSharedTopic)).isLessThan(33);
    }

    @Test
    void shouldFilterOnHardRequirements() {
        MenteeNeeds strict = new MenteeNeeds(
                "mentee", Set.of(), Set.of(), null, Pairs.LONDON, Set.of("en"), Set.of(), Set.of(), true, 6);

        assertThat(fit.admissible(strict, Pairs.seniorDataEngineerInLondon())).isTrue();
        assertThat(fit.admissible(strict, Pairs.juniorDesignerInTokyo())).isFalse();
        MentorOffering englishInTokyo =
                new MentorOffering("m", Set.of(), Set.of(), null, Pairs.TOKYO, Set.of("en"), Set.of(), 1, 0);
        assertThat(fit.admissible(strict, englishInTokyo)).as("9 hours apart").isFalse();
        MentorOffering englishInNewYork =
                new MentorOffering("m", Set.of(), Set.of(), null, Pairs.NEW_YORK, Set.of("en"), Set.of(), 1, 0);
        assertThat(fit.admissible(strict, englishInNewYork)).as("5 hours apart").isTrue();
    }

    @Test
    void shouldNeverSuggestAMenteeToThemselves() {
        MenteeNeeds mentee = Pairs.earlyCareerDataEngineerInLondon();
        MentorOffering same = Pairs.withLoad(Pairs.seniorDataEngineerInLondon(), mentee.memberId(), 0);

        assertThat(fit.admissible(mentee, same)).isFalse();
    }

    @Test
    void shouldMeasureTimeZonesTheShortWayRoundTheDateLine() {
        MenteeNeeds auckland =
                new MenteeNeeds("mentee", Set.of(), Set.of(), null, 780, Set.of(), Set.of(), Set.of(), false, null);
        MentorOffering honolulu = new MentorOffering("m", Set.of(), Set.of(), null, -600, Set.of(), Set.of(), 1, 0);

        assertThat(MentorFit.hoursApart(auckland, honolulu)).isEqualTo(1);
    }
}
