package org.guildhall.mentoring.cohort;

/** A mentor and a mentee as a pair: what pair rules, candidates and pins are compared by. */
public record PairKey(String mentorId, String menteeId) {}
