package org.guildhall.mentoring.cohort;

/** What cohort matching optimises. */
public enum MatchObjective {
    /** Match as many mentees as possible; among those matchings, the highest total score. */
    MOST_MATCHES_THEN_SCORE,
    /** The highest total score, even if a few more mentees could have been matched. */
    HIGHEST_SCORE
}
