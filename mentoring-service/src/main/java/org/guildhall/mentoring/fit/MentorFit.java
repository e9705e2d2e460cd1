package org.guildhall.mentoring.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores how well a mentor fits a mentee, for suggestions and cohort matching alike. Hard requirements ({@link
 * #admissible}) filter; soft criteria score. A criterion the mentee expressed nothing about (no industries, no known
 * stage) does not count, so the score is the weighted share of what could be met, from 0 to 100.
 */
public final class MentorFit {

    public static final String TOPICS = "topics";
    public static final String INDUSTRY = "industry";
    public static final String STAGE = "stageGap";
    public static final String TIME_ZONE = "timeZone";
    public static final String LANGUAGE = "language";
    public static final String GOALS = "goalsServed";

    static final int NOT_APPLICABLE = -1;

    private final double[] weightsInOrder;

    public MentorFit(FitWeights weights) {
        this.weightsInOrder = new double[] {
            weights.topics(),
            weights.industry(),
            weights.stage(),
            weights.timeZone(),
            weights.language(),
            weights.goals()
        };
    }

    /** Whether the pair passes the mentee's hard requirements. */
    public boolean admissible(MenteeNeeds mentee, MentorOffering mentor) {
        if (mentee.memberId().equals(mentor.memberId())) {
            return false;
        }
        if (mentee.mustShareLanguage() && !intersects(mentee.languages(), mentor.languages())) {
            return false;
        }
        if (mentee.maxHoursApart() != null) {
            if (mentee.utcOffsetMinutes() == null || mentor.utcOffsetMinutes() == null) {
                return false;
            }
            return hoursApart(mentee, mentor) <= mentee.maxHoursApart();
        }
        return true;
    }

    /** The score alone, without words: what ranking and matching need for every pair. */
    public int score(MenteeNeeds mentee, MentorOffering mentor) {
        return combine(met(mentee, mentor));
    }

    /** The score of what each criterion met, in the order of {@link #met}; the one place the weights apply. */
    int combine(double... met) {
        double earned = 0;
        double possible = 0;
        double[] weight = weightsInOrder;
        for (int i = 0; i < met.length; i++) {
            if (met[i] != NOT_APPLICABLE) {
                earned += weight[i] * met[i];
                possible += weight[i];
            }
        }
        return possible == 0 ? 0 : (int) Math.round(100 * earned / possible);
    }

    /** The score with the criteria that made it. */
    public Fit explain(MenteeNeeds mentee, MentorOffering mentor) {
        double[] met = met(mentee, mentor);
        double[] weight = weightsInOrder;
        double possible = 0;
        for (int i = 0; i < met.length; i++) {
            if (met[i] != NOT_APPLICABLE) {
                possible += weight[i];
            }
        }
        List<Fit.Criterion> criteria = new ArrayList<>();
        String[] names = {TOPICS, INDUSTRY, STAGE, TIME_ZONE, LANGUAGE, GOALS};
        for (int i = 0; i < met.length; i++) {
            if (met[i] != NOT_APPLICABLE && possible > 0) {
                double points = Math.round(1000 * weight[i] * met[i] / possible) / 10.0;
                criteria.add(new Fit.Criterion(names[i], weight[i], met[i], points, words(names[i], mentee, mentor)));
            }
        }
        return new Fit(score(mentee, mentor), List.copyOf(criteria));
    }

    private static double[] met(MenteeNeeds mentee, MentorOffering mentor) {
        int sharedTopics = 0;
        for (String topic : mentee.topics()) {
            if (mentor.topics().contains(topic)) {
                sharedTopics++;
            }
        }
        int served = 0;
        for (Offer wanted : mentee.seeking()) {
            if (mentor.offers().contains(wanted)) {
                served++;
            }
        }
        return new double[] {
            topicsMet(sharedTopics, mentee.topics().size()),
            sharedMet(mentee.industries().isEmpty(), intersects(mentee.industries(), mentor.industries())),
            stageMet(
                    CareerStage.rankOrMinusOne(mentee.careerStage()), CareerStage.rankOrMinusOne(mentor.careerStage())),
            mentee.utcOffsetMinutes() == null || mentor.utcOffsetMinutes() == null
                    ? NOT_APPLICABLE
                    : timeZoneMet(hoursApart(mentee.utcOffsetMinutes(), mentor.utcOffsetMinutes())),
            sharedMet(mentee.languages().isEmpty(), intersects(mentee.languages(), mentor.languages())),
            goalsMet(served, mentee.seeking().size())
        };
    }

    // The criteria, each from counts that both this class and CohortFit's bit sets can give.

    static double topicsMet(int shared, int wanted) {
        if (wanted == 0) {
            return NOT_APPLICABLE;
        }
        // three shared topics are a full match: nobody needs a mentor for every topic they listed
        return Math.min(1.0, (double) shared / Math.min(3, wanted));
    }

    /** Industry and language: met when the mentor shares one, not applicable when the mentee named none. */
    static double sharedMet(boolean noneWanted, boolean shared) {
        return noneWanted ? NOT_APPLICABLE : shared ? 1 : 0;
    }

    static double timeZoneMet(int hoursApart) {
        return Math.max(0, 1 - hoursApart / 12.0);
    }

    static double goalsMet(int served, int seeking) {
        return seeking == 0 ? NOT_APPLICABLE : (double) served / seeking;
    }

    static double stageMet(int menteeRank, int mentorRank) {
        if (menteeRank < 0 || mentorRank < 0) {
            return NOT_APPLICABLE;
        }
        int gap = mentorRank - menteeRank;
        if (gap < 0) {
            return 0;
        }
        return switch (gap) {
            case 0 -> 0.2;
            case 1, 2 -> 1.0;
            case 3 -> 0.6;
            default -> 0.3;
        };
    }

    private static String words(String criterion, MenteeNeeds mentee, MentorOffering mentor) {
        return switch (criterion) {
            case TOPICS -> {
                Set<String> shared = shared(mentee.topics(), mentor.topics());
                yield shared.isEmpty() ? "No shared topics" : "Shared topics: " + String.join(", ", shared);
            }
            case INDUSTRY -> {
                Set<String> shared = shared(mentee.industries(), mentor.industries());
                yield shared.isEmpty()
                        ? "Works in none of your preferred industries"
                        : "Industry: " + String.join(", ", shared);
            }
            case STAGE -> {
                int gap = CareerStage.rank(mentor.careerStage()).getAsInt()
                        - CareerStage.rank(mentee.careerStage()).getAsInt();
                yield "Career stage " + mentor.careerStage() + " for your " + mentee.careerStage() + " ("
                        + (gap == 1 ? "1 stage" : gap + " stages") + " apart)";
            }
            case TIME_ZONE -> "Time zones " + hoursApart(mentee, mentor) + " h apart";
            case LANGUAGE -> {
                Set<String> shared = shared(mentee.languages(), mentor.languages());
                yield shared.isEmpty() ? "No shared language" : "Speaks " + String.join(", ", shared);
            }
            case GOALS -> {
                Set<String> served = new TreeSet<>();
                mentee.seeking().stream().filter(mentor.offers()::contains).forEach(offer -> served.add(offer.name()));
                yield served.isEmpty() ? "Offers none of what you seek" : "Offers " + String.join(", ", served);
            }
            default -> throw new IllegalArgumentException(criterion);
        };
    }

    static int hoursApart(MenteeNeeds mentee, MentorOffering mentor) {
        return hoursApart(mentee.utcOffsetMinutes(), mentor.utcOffsetMinutes());
    }

    static int hoursApart(int menteeOffsetMinutes, int mentorOffsetMinutes) {
        int minutes = Math.abs(menteeOffsetMinutes - mentorOffsetMinutes);
        minutes = Math.min(minutes, 24 * 60 - minutes); // around the date line, the other way is shorter
        return (int) Math.round(minutes / 60.0);
    }

    private static boolean intersects(Set<String> one, Set<String> other) {
        Set<String> smaller = one.size() <= other.size() ? one : other;
        Set<String> larger = smaller == one ? other : one;
        for (String item : smaller) {
            if (larger.contains(item)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> shared(Set<String> one, Set<String> other) {
        Set<String> shared = new TreeSet<>(one);
        shared.retainAll(other);
        return shared;
    }
}
