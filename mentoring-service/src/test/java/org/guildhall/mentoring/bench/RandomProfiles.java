package org.guildhall.mentoring.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.fit.Offer;

/** Plausible random mentors and mentees for benchmarks: a few topics out of forty, a few languages, zones. */
final class RandomProfiles {

    private static final List<String> TOPICS =
            java.util.stream.IntStream.range(0, 40).mapToObj(i -> "topic-" + i).toList();
    private static final List<String> INDUSTRIES =
            List.of("software", "finance", "health", "education", "energy", "retail", "public-sector", "media");
    private static final List<String> STAGES =
            List.of("STUDENT", "EARLY_CAREER", "MID_CAREER", "SENIOR", "EXECUTIVE", "RETIRED");
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "pt", "nl", "it", "pl");
    private static final int[] OFFSETS = {-480, -300, -240, 0, 60, 120, 330, 480, 540, 600};

    private final Random random;

    RandomProfiles(Random random) {
        this.random = random;
    }

    MentorOffering mentor(String id, int capacity, int activeMentees) {
        return new MentorOffering(
                id,
                some(TOPICS, 3 + random.nextInt(5)),
                some(INDUSTRIES, 1 + random.nextInt(2)),
                STAGES.get(2 + random.nextInt(4)),
                OFFSETS[random.nextInt(OFFSETS.length)],
                languages(),
                someOffers(1 + random.nextInt(3)),
                capacity,
                activeMentees);
    }

    MenteeNeeds mentee(String id) {
        return new MenteeNeeds(
                id,
                some(TOPICS, 2 + random.nextInt(4)),
                some(INDUSTRIES, random.nextInt(2)),
                STAGES.get(random.nextInt(3)),
                OFFSETS[random.nextInt(OFFSETS.length)],
                languages(),
                someOffers(1 + random.nextInt(2)),
                Set.of(),
                random.nextInt(4) == 0,
                random.nextInt(5) == 0 ? 6 : null);
    }

    private Set<String> languages() {
        Set<String> languages = new HashSet<>(Set.of("en"));
        languages.addAll(some(LANGUAGES, random.nextInt(2)));
        return languages;
    }

    private Set<String> some(List<String> from, int count) {
        Set<String> chosen = new HashSet<>();
        while (chosen.size() < count) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return chosen;
    }

    private Set<Offer> someOffers(int count) {
        Set<Offer> chosen = new HashSet<>();
        Offer[] offers = Offer.values();
        while (chosen.size() < count) {
            chosen.add(offers[random.nextInt(offers.length)]);
        }
        return chosen;
    }
}
