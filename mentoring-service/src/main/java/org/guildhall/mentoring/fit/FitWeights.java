package org.guildhall.mentoring.fit;

/** How much each soft criterion counts; only their ratios matter. */
public record FitWeights(
        double topics, double industry, double stage, double timeZone, double language, double goals) {}
