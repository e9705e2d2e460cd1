package org.guildhall.mentoring.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.fit.Offer;
import org.guildhall.mentoring.fit.Weights;
import org.junit.jupiter.api.Test;

class SuggestionRankingTest {

    private static final MenteeNeeds MENTEE = new MenteeNeeds(
            "mentee",
            Set.of("data-engineering", "leadership"),
            Set.of(),
            null,
            null,
            Set.of(),
            Set.of(Offer.LEADERSHIP),
            Set.of(),
            false,
            null);

    private final SuggestionRanking ranking = new SuggestionRanking(new MentorFit(Weights.asConfigured()), 0.3);

    @Test
    void shouldRankBestFitFirstAndExplainEach() {
        List<SuggestionRanking.Suggestion> suggestions = ranking.rank(
                MENTEE,
                List.of(
                        mentor("half", Set.of("leadership"), 0),
                        mentor("full", Set.of("data-engineering", "leadership"), 0)),
                Set.of(),
                10);

        assertThat(suggestions).extracting(s -> s.mentor().memberId()).containsExactly("full", "half");
        assertThat(suggestions.get(0).fit().score()).isEqualTo(100);
        assertThat(suggestions.get(0).fit().criteria()).isNotEmpty();
    }

    @Test
    void shouldLeaveOutExcludedMentorsAndMentorsAtCapacity() {
        List<SuggestionRanking.Suggestion> suggestions = ranking.rank(
                MENTEE,
                List.of(
                        mentor("declined-us", Set.of("leadership"), 0),
                        mentor("full-house", Set.of("leadership"), 2),
                        mentor("open", Set.of("leadership"), 1)),
                Set.of("declined-us"),
                10);

        assertThat(suggestions).extracting(s -> s.mentor().memberId()).containsExactly("open");
    }

    @Test
    void shouldShowMentorsNearCapacityLessThanEqualMentorsWithRoom() {
        List<SuggestionRanking.Suggestion> suggestions = ranking.rank(
                MENTEE,
                List.of(mentor("almost-full", Set.of("leadership"), 1), mentor("free", Set.of("leadership"), 0)),
                Set.of(),
                1);

        assertThat(suggestions).extracting(s -> s.mentor().memberId()).containsExactly("free");
        assertThat(suggestions.get(0).fit().score())
                .as("the score itself is not lowered")
                .isEqualTo(68);
    }

    @Test
    void shouldStopAtTheLimit() {
        List<MentorOffering> many = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> mentor("m" + i, Set.of("leadership"), 0))
                .toList();

        assertThat(ranking.rank(MENTEE, many, Set.of(), 5)).hasSize(5);
    }

    private static MentorOffering mentor(String id, Set<String> topics, int activeMentees) {
        return new MentorOffering(
                id, topics, Set.of(), null, null, Set.of(), Set.of(Offer.LEADERSHIP), 2, activeMentees);
    }
}
