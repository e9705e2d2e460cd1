package org.guildhall.notifications.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import org.guildhall.notifications.vocabulary.Mentions;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;

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
        Mentions mentions = new Mentions();
        String mentee = mentions.name(requested.menteeId(), contacts.nameOf(requested.menteeId()));
        notifier.tell(new Notice(
                event.id(),
                requested.mentorId(),
                NoticeKind.MENTORSHIP_REQUESTED,
                mentee + " asks you for mentoring",
                (requested.message() == null
                                ? ""
                                : mentions.words(requested.menteeId(), "\u201c" + requested.message() + "\u201d ", ""))
                        + "Please accept or decline before " + requested.expiresAt() + ".",
                mentions));
    }

    void accepted(IncomingEvent<MentorshipAccepted> event) {
        MentorshipAccepted accepted = event.payload();
        if (mentorships.findByIdOptional(accepted.mentorshipId()).isEmpty()) {
            mentorships.persist(Mentorship.begin(
                    accepted.mentorshipId(), accepted.mentorId(), accepted.menteeId(), accepted.acceptedAt()));
        }
        Mentions mentions = new Mentions();
        String mentor = mentions.name(accepted.mentorId(), contacts.nameOf(accepted.mentorId()));
        notifier.tell(new Notice(
                event.id(),
                accepted.menteeId(),
                NoticeKind.MENTORSHIP_ACCEPTED,
                mentor + " is your mentor",
                accepted.programmeId() == null
                        ? mentor + " accepted your request. Agree on a first session."
                        : "Your cohort programme paired you with " + mentor + ". Agree on a first session.",
                mentions));
        if (accepted.programmeId() != null) {
            // a cohort pairing was nobody's request: the mentor hears of it too
            Mentions mentee = new Mentions();
            notifier.tell(new Notice(
                    event.id(),
                    accepted.mentorId(),
                    NoticeKind.MENTORSHIP_ACCEPTED,
                    "You are mentoring " + mentee.name(accepted.menteeId(), contacts.nameOf(accepted.menteeId())),
                    "Your cohort programme paired you with a mentee. Agree on a first session.",
                    mentee));
        }
    }

    void declined(IncomingEvent<MentorshipDeclined> event) {
        MentorshipDeclined declined = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                declined.menteeId(),
                NoticeKind.MENTORSHIP_DECLINED,
                mentions.name(declined.mentorId(), contacts.nameOf(declined.mentorId())) + " cannot mentor you now",
                (declined.reason() == null ? "" : mentions.words(declined.mentorId(), declined.reason() + ". ", ""))
                        + "Other mentors may have room: look at the suggestions.",
                mentions));
    }

    void requestExpired(IncomingEvent<MentorshipRequestExpired> event) {
        MentorshipRequestExpired expired = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                expired.menteeId(),
                NoticeKind.MENTORSHIP_REQUEST_EXPIRED,
                "Your mentoring request to " + mentions.name(expired.mentorId(), contacts.nameOf(expired.mentorId()))
                        + " expired",
                "The mentor did not answer in time. You can ask another mentor.",
                mentions));
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
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                other,
                NoticeKind.MENTORSHIP_ENDED,
                mentions.name(ended.endedBy(), contacts.nameOf(ended.endedBy())) + " ended your mentorship",
                ended.reason() == null
                        ? "The mentorship has ended."
                        : mentions.words(
                                ended.endedBy(),
                                "The mentorship has ended: " + ended.reason(),
                                "The mentorship has ended."),
                mentions));
    }

    void interviewRequested(IncomingEvent<InformationalInterviewRequested> event) {
        InformationalInterviewRequested requested = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                requested.hostId(),
                NoticeKind.INTERVIEW_REQUESTED,
                mentions.name(requested.requesterId(), contacts.nameOf(requested.requesterId()))
                        + " asks for an informational interview",
                mentions.words(requested.requesterId(), "Topic: " + requested.topic() + ". ", "") + "Proposed times: "
                        + requested.proposedTimes() + ".",
                mentions));
    }

    void interviewAccepted(IncomingEvent<InformationalInterviewAccepted> event) {
        InformationalInterviewAccepted accepted = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                accepted.requesterId(),
                NoticeKind.INTERVIEW_ACCEPTED,
                mentions.name(accepted.hostId(), contacts.nameOf(accepted.hostId()))
                        + " accepted your interview request",
                "You meet at " + accepted.scheduledFor() + ".",
                mentions));
    }

    void interviewDeclined(IncomingEvent<InformationalInterviewDeclined> event) {
        InformationalInterviewDeclined declined = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                declined.requesterId(),
                NoticeKind.INTERVIEW_DECLINED,
                mentions.name(declined.hostId(), contacts.nameOf(declined.hostId()))
                        + " declined your interview request",
                "Other members may be glad to talk: look in the directory.",
                mentions));
    }

    void appreciationSent(IncomingEvent<AppreciationSent> event) {
        AppreciationSent thanks = event.payload();
        Mentions mentions = new Mentions();
        notifier.tell(new Notice(
                event.id(),
                thanks.toMemberId(),
                NoticeKind.APPRECIATION_RECEIVED,
                mentions.name(thanks.fromMemberId(), contacts.nameOf(thanks.fromMemberId())) + " thanked you",
                thanks.message() == null
                        ? "Someone appreciated your help."
                        : mentions.words(
                                thanks.fromMemberId(),
                                "\u201c" + thanks.message() + "\u201d",
                                "Someone appreciated your help."),
                mentions));
    }
}
