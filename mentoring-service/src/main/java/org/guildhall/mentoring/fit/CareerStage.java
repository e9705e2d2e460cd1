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

    public static OptionalInt rank(String stage) {
        if (stage == null) {
            return OptionalInt.empty();
        }
        int rank = ORDER.indexOf(stage.strip().toUpperCase(Locale.ROOT));
        return rank < 0 ? OptionalInt.empty() : OptionalInt.of(rank);
    }
}
