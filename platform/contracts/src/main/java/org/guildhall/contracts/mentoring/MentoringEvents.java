package org.guildhall.contracts.mentoring;

import java.util.List;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;

/** The events of the mentoring context, published on {@link Topics#MENTORING}, keyed by mentorship, request, programme, interview or appreciation id. */
public final class MentoringEvents {

    public static final EventType<MentorshipRequested> MENTORSHIP_REQUESTED =
            new EventType<>(Topics.MENTORING, "MentorshipRequested", 1, MentorshipRequested.class);

    public static final EventType<MentorshipAccepted> MENTORSHIP_ACCEPTED =
            new EventType<>(Topics.MENTORING, "MentorshipAccepted", 1, MentorshipAccepted.class);

    public static final EventType<MentorshipDeclined> MENTORSHIP_DECLINED =
            new EventType<>(Topics.MENTORING, "MentorshipDeclined", 1, MentorshipDeclined.class);

    public static final EventType<MentorshipRequestExpired> MENTORSHIP_REQUEST_EXPIRED =
            new EventType<>(Topics.MENTORING, "MentorshipRequestExpired", 1, MentorshipRequestExpired.class);

    public static final EventType<MentorshipSessionLogged> MENTORSHIP_SESSION_LOGGED =
            new EventType<>(Topics.MENTORING, "MentorshipSessionLogged", 1, MentorshipSessionLogged.class);

    public static final EventType<MentorshipCompleted> MENTORSHIP_COMPLETED =
            new EventType<>(Topics.MENTORING, "MentorshipCompleted", 1, MentorshipCompleted.class);

    public static final EventType<MentorshipEnded> MENTORSHIP_ENDED =
            new EventType<>(Topics.MENTORING, "MentorshipEnded", 1, MentorshipEnded.class);

    public static final EventType<CohortMatchPublished> COHORT_MATCH_PUBLISHED =
            new EventType<>(Topics.MENTORING, "CohortMatchPublished", 1, CohortMatchPublished.class);

    public static final EventType<InformationalInterviewRequested> INFORMATIONAL_INTERVIEW_REQUESTED = new EventType<>(
            Topics.MENTORING, "InformationalInterviewRequested", 1, InformationalInterviewRequested.class);

    public static final EventType<InformationalInterviewAccepted> INFORMATIONAL_INTERVIEW_ACCEPTED = new EventType<>(
            Topics.MENTORING, "InformationalInterviewAccepted", 1, InformationalInterviewAccepted.class);

    public static final EventType<InformationalInterviewDeclined> INFORMATIONAL_INTERVIEW_DECLINED = new EventType<>(
            Topics.MENTORING, "InformationalInterviewDeclined", 1, InformationalInterviewDeclined.class);

    public static final EventType<InformationalInterviewCompleted> INFORMATIONAL_INTERVIEW_COMPLETED = new EventType<>(
            Topics.MENTORING, "InformationalInterviewCompleted", 1, InformationalInterviewCompleted.class);

    public static final EventType<AppreciationSent> APPRECIATION_SENT =
            new EventType<>(Topics.MENTORING, "AppreciationSent", 1, AppreciationSent.class);

    public static final EventType<MemberDataCollected> MEMBER_DATA_COLLECTED =
            new EventType<>(Topics.MENTORING, "MemberDataCollected", 1, MemberDataCollected.class);

    public static final List<EventType<?>> ALL = List.of(
            MENTORSHIP_REQUESTED,
            MENTORSHIP_ACCEPTED,
            MENTORSHIP_DECLINED,
            MENTORSHIP_REQUEST_EXPIRED,
            MENTORSHIP_SESSION_LOGGED,
            MENTORSHIP_COMPLETED,
            MENTORSHIP_ENDED,
            COHORT_MATCH_PUBLISHED,
            INFORMATIONAL_INTERVIEW_REQUESTED,
            INFORMATIONAL_INTERVIEW_ACCEPTED,
            INFORMATIONAL_INTERVIEW_DECLINED,
            INFORMATIONAL_INTERVIEW_COMPLETED,
            APPRECIATION_SENT,
            MEMBER_DATA_COLLECTED);

    private MentoringEvents() {}
}
