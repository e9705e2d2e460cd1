package org.guildhall.mentoring.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.fit.Offer;
import org.guildhall.mentoring.fit.Weights;
import org.junit.jupiter.api.Test;

class MatchingInputTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final MentorFit FIT = new MentorFit(Weights.asConfigured());

    @Test
    void shouldNeverPairAForbiddenPairEvenWhereItFitsBest() {
        MatchingInput input = new MatchingInput(
                List.of(dataMentor("grace", 1), designMentor("kenji", 1)),
                List.of("ada"),
                needs(dataMentee("ada")),
                List.of(new PairRule("grace", "ada", PairRule.Kind.FORBID)));

        MatchPreview preview = input.match(FIT, MatchObjective.MOST_MATCHES_THEN_SCORE, 10, NOW);

        assertThat(preview.pairs())
                .extracting(MatchPreview.PreviewPair::mentorId)
                .containsExactly("kenji");
    }

    @Test
    void shouldSayWhyAMenteeWithOnlyForbiddenMentorsStaysUnmatched() {
        MatchingInput input = new MatchingInput(
                List.of(dataMentor("grace", 1)),
                List.of("ada"),
                needs(dataMentee("ada")),
                List.of(new PairRule("grace", "ada", PairRule.Kind.FORBID)));

        MatchPreview preview = input.match(FIT, MatchObjective.MOST_MATCHES_THEN_SCORE, 10, NOW);

        assertThat(preview.pairs()).isEmpty();
        assertThat(preview.unmatched())
                .containsExactly(new MatchPreview.Unmatched("ada", MatchingInput.NO_ADMISSIBLE_MENTOR));
    }

    @Test
    void shouldKeepAPinAndMarkItPinned() {
        MatchingInput input = new MatchingInput(
                List.of(dataMentor("grace", 1), designMentor("kenji", 1)),
                List.of("ada", "linus"),
                needs(dataMentee("ada"), dataMentee("linus")),
                List.of(new PairRule("kenji", "ada", PairRule.Kind.PIN)));

        MatchPreview preview = input.match(FIT, MatchObjective.MOST_MATCHES_THEN_SCORE, 10, NOW);

        assertThat(preview.pairs())
                .extracting(pair -> pair.mentorId() + "-" + pair.menteeId() + (pair.pinned() ? " pinned" : ""))
                .containsExactlyInAnyOrder("kenji-ada pinned", "grace-linus");
    }

    @Test
    void shouldLeaveOutPinsAndNameMenteesWhoMayNotBeMatched() {
        // linus is enrolled but no longer active: his pin is not kept, and the preview says why he is unmatched
        MatchingInput input = new MatchingInput(
                List.of(dataMentor("grace", 2)),
                List.of("ada", "linus"),
                needs(dataMentee("ada")),
                List.of(new PairRule("grace", "linus", PairRule.Kind.PIN)));

        MatchPreview preview = input.match(FIT, MatchObjective.MOST_MATCHES_THEN_SCORE, 10, NOW);

        assertThat(preview.pairs())
                .extracting(MatchPreview.PreviewPair::menteeId)
                .containsExactly("ada");
        assertThat(preview.pairs()).noneMatch(MatchPreview.PreviewPair::pinned);
        assertThat(preview.unmatched()).containsExactly(new MatchPreview.Unmatched("linus", MatchingInput.NOT_ACTIVE));
        assertThat(preview.mentees()).isEqualTo(2);
        assertThat(preview.matchedShare()).isEqualTo(0.5);
    }

    private static Map<String, MenteeNeeds> needs(MenteeNeeds... mentees) {
        Map<String, MenteeNeeds> needs = new LinkedHashMap<>();
        for (MenteeNeeds mentee : mentees) {
            needs.put(mentee.memberId(), mentee);
        }
        return needs;
    }

    private static MenteeNeeds dataMentee(String id) {
        return new MenteeNeeds(
                id,
                Set.of("data-engineering"),
                Set.of("software"),
                "EARLY_CAREER",
                0,
                Set.of("en"),
                Set.of(Offer.TECHNICAL_DEPTH),
                Set.of(),
                false,
                null);
    }

    private static MentorOffering dataMentor(String id, int capacity) {
        return new MentorOffering(
                id,
                Set.of("data-engineering"),
                Set.of("software"),
                "SENIOR",
                0,
                Set.of("en"),
                Set.of(Offer.TECHNICAL_DEPTH),
                capacity,
                0);
    }

    private static MentorOffering designMentor(String id, int capacity) {
        return new MentorOffering(
                id,
                Set.of("design"),
                Set.of("media"),
                "SENIOR",
                0,
                Set.of("en"),
                Set.of(Offer.LEADERSHIP),
                capacity,
                0);
    }
}
