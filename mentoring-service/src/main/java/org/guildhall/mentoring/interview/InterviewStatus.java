package org.guildhall.mentoring.interview;

public enum InterviewStatus {
    REQUESTED,
    OTHER_TIME_PROPOSED,
    ACCEPTED,
    DECLINED,
    COMPLETED
}
