package org.guildhall.mentoring.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CohortFit must score every pair exactly as MentorFit does, hard requirements included. */
class CohortFitTest {

    private static final List<String> STAGES =
            java.util.Arrays.asList("STUDENT", "EARLY_CAREER", "MID_CAREER", "SENIOR", "EXECUTIVE", "RETIRED", null);
    private static final Integer[] OFFSETS = {-480, -300, 0, 60, 330, 540, 600, null};

    private final MentorFit fit = new MentorFit(Weights.asConfigured());

    @Test
    void shouldScoreEveryPairOfARandomCohortAsMentorFitDoes() {
        assertSameScores(new Random(11), 40);
    }

    @Test
    void shouldFallBackToMentorFitWhenACohortHasMoreThanSixtyFourTopics() {
        assertSameScores(new Random(12), 150);
    }

    private void assertSameScores(Random random, int topicCount) {
        List<MenteeNeeds> mentees = new ArrayList<>();
        List<MentorOffering> mentors = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            mentees.add(mentee("member-" + i, random, topicCount));
        }
        for (int i = 0; i < 120; i++) {
            // the first mentors are also mentees: a member is never paired with themselves
            mentors.add(mentor("member-" + (i < 5 ? i : 1000 + i), random, topicCount));
        }
        CohortFit scorer = CohortFit.of(fit, mentees, mentors);
        int admissible = 0;
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                MenteeNeeds mentee = mentees.get(i);
                MentorOffering mentor = mentors.get(j);
                int expected = fit.admissible(mentee, mentor) ? fit.score(mentee, mentor) : -1;
                assertThat(scorer.scoreIfAdmissible(i, j))
                        .as("%s with %s", mentee, mentor)
                        .isEqualTo(expected);
                admissible += expected >= 0 ? 1 : 0;
            }
        }
        assertThat(admissible).isBetween(1, mentees.size() * mentors.size() - 1);
    }

    private static MenteeNeeds mentee(String id, Random random, int topicCount) {
        return new MenteeNeeds(
                id,
                some(random, "topic-", topicCount, random.nextInt(5)),
                some(random, "industry-", 8, random.nextInt(3)),
                STAGES.get(random.nextInt(STAGES.size())),
                OFFSETS[random.nextInt(OFFSETS.length)],
                some(random, "lang-", 6, random.nextInt(3)),
                offers(random, random.nextInt(3)),
                Set.of(),
                random.nextInt(3) == 0,
                random.nextInt(4) == 0 ? 1 + random.nextInt(8) : null);
    }

    private static MentorOffering mentor(String id, Random random, int topicCount) {
        return new MentorOffering(
                id,
                some(random, "topic-", topicCount, random.nextInt(7)),
                some(random, "industry-", 8, random.nextInt(3)),
                STAGES.get(random.nextInt(STAGES.size())),
                OFFSETS[random.nextInt(OFFSETS.length)],
                some(random, "lang-", 6, random.nextInt(3)),
                offers(random, random.nextInt(4)),
                1 + random.nextInt(5),
                0);
    }

    private static Set<String> some(Random random, String prefix, int of, int count) {
        Set<String> values = new HashSet<>();
        while (values.size() < count) {
            values.add(prefix + random.nextInt(of));
        }
        return values;
    }

    private static Set<Offer> offers(Random random, int count) {
        Set<Offer> offers = new HashSet<>();
        while (offers.size() < count) {
            offers.add(Offer.values()[random.nextInt(Offer.values().length)]);
        }
        return offers;
    }
}
