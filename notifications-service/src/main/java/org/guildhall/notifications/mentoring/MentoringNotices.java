package org.guildhall.notifications.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.mentoring.AppreciationSent;
import org.guildhall.contracts.mentoring.InformationalInterviewAccepted;
import org.guildhall.contracts.mentoring.InformationalInterviewDeclined;
import org.guildhall.contracts.mentoring.InformationalInterviewRequested;
import org.guildhall.contracts.mentoring.MentorshipAccepted;
import org.guildhall.contracts.mentoring.MentorshipCompleted;
import org.guildhall.contracts.mentoring.MentorshipDeclined;
import org.guildhall.contracts.mentoring.MentorshipEnded;
import org.guildhall.contracts.mentoring.MentorshipRequestExpired;
import org.guildhall.contracts.mentoring.MentorshipRequested;
import org.guildhall.contracts.mentoring.MentorshipSessionLogged;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.notifications.membership.MemberSnapshotRepository;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Draft;
import org.guildhall.notifications.wording.Moment;

/** What guildhall.mentoring events tell members, and the mentoring pairs kept from them. */
@ApplicationScoped
public class MentoringNotices {

    private final Notifier notifier;
    private final MentorshipRepository mentorships;
    private final MemberSnapshotRepository contacts;

    MentoringNotices(Notifier notifier, MentorshipRepository mentorships, MemberSnapshotRepository contacts) {
        this.notifier = notifier;
        this.mentorships = mentorships;
        this.contacts = contacts;
    }

    /** Erasure: the member's mentoring pairs go. */
    void memberErased(@Observes MemberErased erased) {
        mentorships.deleteOf(erased.memberId());
    }

    void requested(IncomingEvent<MentorshipRequested> event) {
        MentorshipRequested requested = event.payload();
        notifier.tell(Draft.of(event.id(), requested.mentorId(), NoticeKind.MENTORSHIP_REQUESTED)
                .name("mentee", requested.menteeId(), contacts.nameOf(requested.menteeId()))
                .quote("message", requested.menteeId(), requested.message(), null)
                .with("expiresAt", Moment.at(requested.expiresAt())));
    }

    void accepted(IncomingEvent<MentorshipAccepted> event) {
        MentorshipAccepted accepted = event.payload();
        if (mentorships.findByIdOptional(accepted.mentorshipId()).isEmpty()) {
            mentorships.persist(Mentorship.begin(
                    accepted.mentorshipId(), accepted.mentorId(), accepted.menteeId(), accepted.acceptedAt()));
        }
        notifier.tell(Draft.of(event.id(), accepted.menteeId(), NoticeKind.MENTORSHIP_ACCEPTED)
                .name("mentor", accepted.mentorId(), contacts.nameOf(accepted.mentorId()))
                .with("cohort", accepted.programmeId() != null));
        if (accepted.programmeId() != null) {
            // a cohort pairing was nobody's request: the mentor hears of it too
            notifier.tell(Draft.of(event.id(), accepted.mentorId(), NoticeKind.MENTORSHIP_ACCEPTED)
                    .variant("mentor")
                    .name("mentee", accepted.menteeId(), contacts.nameOf(accepted.menteeId())));
        }
    }

    void declined(IncomingEvent<MentorshipDeclined> event) {
        MentorshipDeclined declined = event.payload();
        notifier.tell(Draft.of(event.id(), declined.menteeId(), NoticeKind.MENTORSHIP_DECLINED)
                .name("mentor", declined.mentorId(), contacts.nameOf(declined.mentorId()))
                .words("reason", declined.mentorId(), declined.reason(), "mentorship-declined.reason", null));
    }

    void requestExpired(IncomingEvent<MentorshipRequestExpired> event) {
        MentorshipRequestExpired expired = event.payload();
        notifier.tell(Draft.of(event.id(), expired.menteeId(), NoticeKind.MENTORSHIP_REQUEST_EXPIRED)
                .name("mentor", expired.mentorId(), contacts.nameOf(expired.mentorId())));
    }

    void sessionLogged(IncomingEvent<MentorshipSessionLogged> event) {
        MentorshipSessionLogged logged = event.payload();
        mentorships.findByIdOptional(logged.mentorshipId()).ifPresent(pair -> pair.sessionLogged(logged.loggedAt()));
    }

    void completed(IncomingEvent<MentorshipCompleted> event) {
        MentorshipCompleted completed = event.payload();
        mentorships.findByIdOptional(completed.mentorshipId()).ifPresent(Mentorship::complete);
        for (String memberId : new String[] {completed.mentorId(), completed.menteeId()}) {
            notifier.tell(Draft.of(event.id(), memberId, NoticeKind.MENTORSHIP_COMPLETED));
        }
    }

    void ended(IncomingEvent<MentorshipEnded> event) {
        MentorshipEnded ended = event.payload();
        mentorships.findByIdOptional(ended.mentorshipId()).ifPresent(Mentorship::end);
        String other = ended.mentorId().equals(ended.endedBy()) ? ended.menteeId() : ended.mentorId();
        notifier.tell(Draft.of(event.id(), other, NoticeKind.MENTORSHIP_ENDED)
                .name("endedBy", ended.endedBy(), contacts.nameOf(ended.endedBy()))
                .words(
                        "reason",
                        ended.endedBy(),
                        ended.reason(),
                        "mentorship-ended.reason",
                        "mentorship-ended.reasonGone"));
    }

    void interviewRequested(IncomingEvent<InformationalInterviewRequested> event) {
        InformationalInterviewRequested requested = event.payload();
        notifier.tell(Draft.of(event.id(), requested.hostId(), NoticeKind.INTERVIEW_REQUESTED)
                .name("requester", requested.requesterId(), contacts.nameOf(requested.requesterId()))
                .words("topic", requested.requesterId(), requested.topic(), "interview-requested.topic", null)
                .with(
                        "proposedTimes",
                        requested.proposedTimes() == null
                                ? List.of()
                                : requested.proposedTimes().stream()
                                        .map(Moment::at)
                                        .toList()));
    }

    void interviewAccepted(IncomingEvent<InformationalInterviewAccepted> event) {
        InformationalInterviewAccepted accepted = event.payload();
        notifier.tell(Draft.of(event.id(), accepted.requesterId(), NoticeKind.INTERVIEW_ACCEPTED)
                .name("host", accepted.hostId(), contacts.nameOf(accepted.hostId()))
                .with("scheduledFor", Moment.at(accepted.scheduledFor())));
    }

    void interviewDeclined(IncomingEvent<InformationalInterviewDeclined> event) {
        InformationalInterviewDeclined declined = event.payload();
        notifier.tell(Draft.of(event.id(), declined.requesterId(), NoticeKind.INTERVIEW_DECLINED)
                .name("host", declined.hostId(), contacts.nameOf(declined.hostId())));
    }

    void appreciationSent(IncomingEvent<AppreciationSent> event) {
        AppreciationSent thanks = event.payload();
        notifier.tell(Draft.of(event.id(), thanks.toMemberId(), NoticeKind.APPRECIATION_RECEIVED)
                .name("from", thanks.fromMemberId(), contacts.nameOf(thanks.fromMemberId()))
                .quote("message", thanks.fromMemberId(), thanks.message(), "appreciation-received.messageGone"));
    }
}
