package org.guildhall.mentoring.fit;

/** How much each soft criterion counts; only their ratios matter. */
public record FitWeights(double topics, double industry, double stage, double timeZone, double language, double goals) {

    public static FitWeights defaults() {
        return new FitWeights(35, 10, 15, 10, 10, 20);
    }
}
