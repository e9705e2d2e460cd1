package org.guildhall.members.member;

public enum CareerStage {
    STUDENT,
    EARLY_CAREER,
    MID_CAREER,
    SENIOR,
    EXECUTIVE,
    RETIRED
}
