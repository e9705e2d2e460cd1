package org.guildhall.mentoring.cohort;

/** A mentor the matching may give a mentee, with the pair's fit score (0 to 100). */
public record CandidatePair(String mentorId, String menteeId, int score) {

    public PairKey key() {
        return new PairKey(mentorId, menteeId);
    }
}
