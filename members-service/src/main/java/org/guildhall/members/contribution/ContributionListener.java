package org.guildhall.members.contribution;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.events.AttendanceRecorded;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.VolunteerShiftCompleted;
import org.guildhall.contracts.mentoring.AppreciationSent;
import org.guildhall.contracts.mentoring.InformationalInterviewCompleted;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.contracts.mentoring.MentorshipAccepted;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;
import org.guildhall.kit.inbox.IncomingEvent;

/** Turns what happens in events and mentoring into members' contributions. */
@ApplicationScoped
public class ContributionListener {

    private final Inbox inbox;
    private final Contributions contributions;
    private final EventHandlers fromEvents;
    private final EventHandlers fromMentoring;

    ContributionListener(Inbox inbox, Contributions contributions) {
        this.inbox = inbox;
        this.contributions = contributions;
        this.fromEvents = EventHandlers.on(EventsEvents.ATTENDANCE_RECORDED, this::attended)
                .and(EventsEvents.VOLUNTEER_SHIFT_COMPLETED, this::volunteered);
        this.fromMentoring = EventHandlers.on(MentoringEvents.MENTORSHIP_ACCEPTED, this::mentorshipStarted)
                .and(MentoringEvents.INFORMATIONAL_INTERVIEW_COMPLETED, this::interviewGiven)
                .and(MentoringEvents.APPRECIATION_SENT, this::appreciated);
    }

    @Incoming("events")
    @Blocking
    public void consumeEvents(ConsumerRecords<String, String> records) {
        inbox.processAll(records, fromEvents);
    }

    @Incoming("mentoring")
    @Blocking
    public void consumeMentoring(ConsumerRecords<String, String> records) {
        inbox.processAll(records, fromMentoring);
    }

    void attended(IncomingEvent<AttendanceRecorded> event) {
        AttendanceRecorded attended = event.payload();
        contributions.recordOnce(attended.memberId(), ActivityKind.EVENT_ATTENDED, attended.checkedInAt(), event.id());
    }

    void volunteered(IncomingEvent<VolunteerShiftCompleted> event) {
        VolunteerShiftCompleted shift = event.payload();
        contributions.record(
                shift.memberId(),
                ActivityKind.VOLUNTEER_HOURS,
                BigDecimal.valueOf(shift.hours()),
                shift.completedAt(),
                event.id());
    }

    void mentorshipStarted(IncomingEvent<MentorshipAccepted> event) {
        MentorshipAccepted accepted = event.payload();
        contributions.recordOnce(accepted.mentorId(), ActivityKind.MENTEE_MENTORED, accepted.acceptedAt(), event.id());
        contributions.recordOnce(
                accepted.menteeId(), ActivityKind.MENTORSHIP_STARTED, accepted.acceptedAt(), event.id());
    }

    void interviewGiven(IncomingEvent<InformationalInterviewCompleted> event) {
        InformationalInterviewCompleted interview = event.payload();
        contributions.recordOnce(interview.hostId(), ActivityKind.INTERVIEW_GIVEN, interview.completedAt(), event.id());
    }

    void appreciated(IncomingEvent<AppreciationSent> event) {
        AppreciationSent appreciation = event.payload();
        contributions.recordOnce(
                appreciation.toMemberId(), ActivityKind.APPRECIATION_RECEIVED, appreciation.sentAt(), event.id());
    }
}
