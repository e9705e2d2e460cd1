package org.guildhall.mentoring.cohort;

/** A coordinator's decision about a pair: keep it whatever the matching says, or never make it. */
public record PairRule(String mentorId, String menteeId, Kind kind) {

    public enum Kind {
        PIN,
        FORBID
    }

    public PairKey key() {
        return new PairKey(mentorId, menteeId);
    }
}
