package org.guildhall.mentoring.fit;

/** Criterion weights for tests and benchmarks. */
public final class Weights {

    private Weights() {}

    /** The weights application.properties configures ({@code guildhall.mentoring.weights.*}). */
    public static FitWeights asConfigured() {
        return new FitWeights(35, 10, 15, 10, 10, 20);
    }
}
