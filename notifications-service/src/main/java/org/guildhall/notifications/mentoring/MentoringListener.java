package org.guildhall.notifications.mentoring;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;

/** Reads {@code guildhall.mentoring}. */
@ApplicationScoped
public class MentoringListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    MentoringListener(Inbox inbox, MentoringNotices notices) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(MentoringEvents.MENTORSHIP_REQUESTED, notices::requested)
                .and(MentoringEvents.MENTORSHIP_ACCEPTED, notices::accepted)
                .and(MentoringEvents.MENTORSHIP_DECLINED, notices::declined)
                .and(MentoringEvents.MENTORSHIP_REQUEST_EXPIRED, notices::requestExpired)
                .and(MentoringEvents.MENTORSHIP_SESSION_LOGGED, notices::sessionLogged)
                .and(MentoringEvents.MENTORSHIP_COMPLETED, notices::completed)
                .and(MentoringEvents.MENTORSHIP_ENDED, notices::ended)
                .and(MentoringEvents.INFORMATIONAL_INTERVIEW_REQUESTED, notices::interviewRequested)
                .and(MentoringEvents.INFORMATIONAL_INTERVIEW_ACCEPTED, notices::interviewAccepted)
                .and(MentoringEvents.INFORMATIONAL_INTERVIEW_DECLINED, notices::interviewDeclined)
                .and(MentoringEvents.APPRECIATION_SENT, notices::appreciationSent);
    }

    @Incoming("mentoring")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(records, handlers);
    }
}
