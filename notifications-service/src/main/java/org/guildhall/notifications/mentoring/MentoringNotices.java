package org.guildhall.notifications.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.guildhall.notifications.inbox.Notice;
import org.guildhall.notifications.inbox.NoticeKind;
import org.guildhall.notifications.inbox.Notifier;
import org.guildhall.notifications.membership.ContactRepository;

/** What guildhall.mentoring events tell members, and the mentoring pairs kept from them. */
@ApplicationScoped
public class MentoringNotices {

    private final Notifier notifier;
    private final MentorshipRepository mentorships;
    private final ContactRepository contacts;

    MentoringNotices(Notifier notifier, MentorshipRepository mentorships, ContactRepository contacts) {
        this.notifier = notifier;
        this.mentorships = mentorships;
        this.contacts = contacts;
    }

    void requested(IncomingEvent<MentorshipRequested> event) {
        MentorshipRequested requested = event.payload();
        String mentee = contacts.nameOf(requested.menteeId());
        notifier.tell(new Notice(
                event.id(),
                requested.mentorId(),
                NoticeKind.MENTORSHIP_REQUESTED,
                mentee + " asks you for mentoring",
                (requested.message() == null ? "" : "\u201c" + requested.message() + "\u201d ")
                        + "Please accept or decline before " + requested.expiresAt() + "."));
    }

    void accepted(IncomingEvent<MentorshipAccepted> event) {
        MentorshipAccepted accepted = event.payload();
        if (mentorships.findByIdOptional(accepted.mentorshipId()).isEmpty()) {
            mentorships.persist(Mentorship.begin(
                    accepted.mentorshipId(), accepted.mentorId(), accepted.menteeId(), accepted.acceptedAt()));
        }
        String mentor = contacts.nameOf(accepted.mentorId());
        notifier.tell(new Notice(
                event.id(),
                accepted.menteeId(),
                NoticeKind.MENTORSHIP_ACCEPTED,
                mentor + " is your mentor",
                accepted.programmeId() == null
                        ? mentor + " accepted your request. Agree on a first session."
                        : "Your cohort programme paired you with " + mentor + ". Agree on a first session."));
        if (accepted.programmeId() != null) {
            // a cohort pairing was nobody's request: the mentor hears of it too
            notifier.tell(new Notice(
                    event.id(),
                    accepted.mentorId(),
                    NoticeKind.MENTORSHIP_ACCEPTED,
                    "You are mentoring " + contacts.nameOf(accepted.menteeId()),
                    "Your cohort programme paired you with a mentee. Agree on a first session."));
        }
    }

    void declined(IncomingEvent<MentorshipDeclined> event) {
        MentorshipDeclined declined = event.payload();
        notifier.tell(new Notice(
                event.id(),
                declined.menteeId(),
                NoticeKind.MENTORSHIP_DECLINED,
                contacts.nameOf(declined.mentorId()) + " cannot mentor you now",
                (declined.reason() == null ? "" : declined.reason() + ". ")
                        + "Other mentors may have room: look at the suggestions."));
    }

    void requestExpired(IncomingEvent<MentorshipRequestExpired> event) {
        MentorshipRequestExpired expired = event.payload();
        notifier.tell(new Notice(
                event.id(),
                expired.menteeId(),
                NoticeKind.MENTORSHIP_REQUEST_EXPIRED,
                "Your mentoring request to " + contacts.nameOf(expired.mentorId()) + " expired",
                "The mentor did not answer in time. You can ask another mentor."));
    }

    void sessionLogged(IncomingEvent<MentorshipSessionLogged> event) {
        MentorshipSessionLogged logged = event.payload();
        mentorships.findByIdOptional(logged.mentorshipId()).ifPresent(pair -> pair.sessionLogged(logged.loggedAt()));
    }

    void completed(IncomingEvent<MentorshipCompleted> event) {
        MentorshipCompleted completed = event.payload();
        mentorships.findByIdOptional(completed.mentorshipId()).ifPresent(Mentorship::complete);
        for (String memberId : new String[] {completed.mentorId(), completed.menteeId()}) {
            notifier.tell(new Notice(
                    event.id(),
                    memberId,
                    NoticeKind.MENTORSHIP_COMPLETED,
                    "Your mentorship is complete",
                    "Your mentorship reached its end. A word of thanks goes a long way."));
        }
    }

    void ended(IncomingEvent<MentorshipEnded> event) {
        MentorshipEnded ended = event.payload();
        mentorships.findByIdOptional(ended.mentorshipId()).ifPresent(Mentorship::end);
        String other = ended.mentorId().equals(ended.endedBy()) ? ended.menteeId() : ended.mentorId();
        notifier.tell(new Notice(
                event.id(),
                other,
                NoticeKind.MENTORSHIP_ENDED,
                contacts.nameOf(ended.endedBy()) + " ended your mentorship",
                ended.reason() == null ? "The mentorship has ended." : "The mentorship has ended: " + ended.reason()));
    }

    void interviewRequested(IncomingEvent<InformationalInterviewRequested> event) {
        InformationalInterviewRequested requested = event.payload();
        notifier.tell(new Notice(
                event.id(),
                requested.hostId(),
                NoticeKind.INTERVIEW_REQUESTED,
                contacts.nameOf(requested.requesterId()) + " asks for an informational interview",
                "Topic: " + requested.topic() + ". Proposed times: " + requested.proposedTimes() + "."));
    }

    void interviewAccepted(IncomingEvent<InformationalInterviewAccepted> event) {
        InformationalInterviewAccepted accepted = event.payload();
        notifier.tell(new Notice(
                event.id(),
                accepted.requesterId(),
                NoticeKind.INTERVIEW_ACCEPTED,
                contacts.nameOf(accepted.hostId()) + " accepted your interview request",
                "You meet at " + accepted.scheduledFor() + "."));
    }

    void interviewDeclined(IncomingEvent<InformationalInterviewDeclined> event) {
        InformationalInterviewDeclined declined = event.payload();
        notifier.tell(new Notice(
                event.id(),
                declined.requesterId(),
                NoticeKind.INTERVIEW_DECLINED,
                contacts.nameOf(declined.hostId()) + " declined your interview request",
                "Other members may be glad to talk: look in the directory."));
    }

    void appreciationSent(IncomingEvent<AppreciationSent> event) {
        AppreciationSent thanks = event.payload();
        notifier.tell(new Notice(
                event.id(),
                thanks.toMemberId(),
                NoticeKind.APPRECIATION_RECEIVED,
                contacts.nameOf(thanks.fromMemberId()) + " thanked you",
                thanks.message() == null ? "Someone appreciated your help." : "\u201c" + thanks.message() + "\u201d"));
    }
}
