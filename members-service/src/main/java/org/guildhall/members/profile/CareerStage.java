package org.guildhall.members.profile;

public enum CareerStage {
    STUDENT,
    EARLY_CAREER,
    MID_CAREER,
    SENIOR,
    EXECUTIVE,
    RETIRED
}
