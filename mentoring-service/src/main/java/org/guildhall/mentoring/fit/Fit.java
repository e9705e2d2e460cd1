package org.guildhall.mentoring.fit;

import java.util.List;

/** How well a mentor fits a mentee: a score from 0 to 100 and the criteria that made it. */
public record Fit(int score, List<Criterion> criteria) {

    /**
     * One soft criterion: its name, its weight, how far it was met (0 to 1), the points it brought to the score and
     * why, in words.
     */
    public record Criterion(String name, double weight, double met, double points, String explanation) {}
}
