package org.guildhall.mentoring.fit;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The career stages members-service speaks of, in order; a mentor is best a stage or two ahead of their mentee. An
 * unknown or missing stage has no rank and the stage criterion does not apply.
 */
public final class CareerStage {

    static final List<String> ORDER =
            List.of("STUDENT", "EARLY_CAREER", "MID_CAREER", "SENIOR", "EXECUTIVE", "RETIRED");

    private CareerStage() {}

    /** The stage's rank, empty for an unknown or missing stage. */
    public static OptionalInt rank(String stage) {
        int rank = rankOrMinusOne(stage);
        return rank < 0 ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    /** As {@link #rank} without allocating, for scoring millions of pairs: -1 for an unknown or missing stage. */
    static int rankOrMinusOne(String stage) {
        if (stage == null) {
            return -1;
        }
        int rank = ORDER.indexOf(stage); // the stages as members-service writes them: no copy needed
        return rank >= 0 ? rank : ORDER.indexOf(stage.strip().toUpperCase(Locale.ROOT));
    }
}
