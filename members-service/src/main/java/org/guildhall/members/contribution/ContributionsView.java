package org.guildhall.members.contribution;

import java.math.BigDecimal;
import java.util.Map;

/** What a member gave and did, as their profile shows it. */
public record ContributionsView(
        long eventsAttended,
        BigDecimal volunteerHours,
        long menteesMentored,
        long informationalInterviewsGiven,
        long appreciationsReceived,
        long connectionsMade) {

    public static ContributionsView of(Map<ActivityKind, BigDecimal> totals) {
        return new ContributionsView(
                totals.get(ActivityKind.EVENT_ATTENDED).longValue(),
                totals.get(ActivityKind.VOLUNTEER_HOURS).stripTrailingZeros(),
                totals.get(ActivityKind.MENTEE_MENTORED).longValue(),
                totals.get(ActivityKind.INTERVIEW_GIVEN).longValue(),
                totals.get(ActivityKind.APPRECIATION_RECEIVED).longValue(),
                totals.get(ActivityKind.CONNECTION_MADE).longValue());
    }
}
