package org.guildhall.notifications.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.kit.jobs.ExclusiveJobs;
import org.guildhall.notifications.events.EventSchedule;
import org.guildhall.notifications.events.EventScheduleRepository;
import org.guildhall.notifications.events.Registration;
import org.guildhall.notifications.events.RegistrationRepository;
import org.guildhall.notifications.events.ShiftPlace;
import org.guildhall.notifications.events.ShiftPlaceRepository;
import org.guildhall.notifications.membership.ConnectionMadeRepository;
import org.guildhall.notifications.membership.MemberSnapshotRepository;
import org.guildhall.notifications.membership.MembershipTerm;
import org.guildhall.notifications.membership.MembershipTermRepository;
import org.guildhall.notifications.mentoring.Mentorship;
import org.guildhall.notifications.mentoring.MentorshipRepository;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Draft;
import org.guildhall.notifications.wording.Moment;

/**
 * Scheduled reminders and follow-ups. Each run looks at the read models for reasons that are due now; a reason that
 * disappeared (cancelled registration or event, released shift, renewed membership, a new session) is simply no
 * longer found. One replica runs at a time (an advisory lock), and each reminder's id is derived from its reason, so
 * the notification's unique key keeps it to one even across restarts.
 */
@ApplicationScoped
public class Reminders {

    private final ExclusiveJobs jobs;
    private final Notifier notifier;
    private final EventScheduleRepository schedules;
    private final RegistrationRepository registrations;
    private final ShiftPlaceRepository places;
    private final MembershipTermRepository terms;
    private final MentorshipRepository mentorships;
    private final MemberSnapshotRepository contacts;
    private final ConnectionMadeRepository connections;
    private final ReminderTimingsRepository timings;
    private final Clock clock;

    Reminders(
            ExclusiveJobs jobs,
            Notifier notifier,
            EventScheduleRepository schedules,
            RegistrationRepository registrations,
            ShiftPlaceRepository places,
            MembershipTermRepository terms,
            MentorshipRepository mentorships,
            MemberSnapshotRepository contacts,
            ConnectionMadeRepository connections,
            ReminderTimingsRepository timings,
            Clock clock) {
        this.jobs = jobs;
        this.notifier = notifier;
        this.schedules = schedules;
        this.registrations = registrations;
        this.places = places;
        this.terms = terms;
        this.mentorships = mentorships;
        this.contacts = contacts;
        this.connections = connections;
        this.timings = timings;
        this.clock = clock;
    }

    @Scheduled(
            identity = "reminders",
            every = "${guildhall.reminders.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        sendDue();
    }

    /** Sends every reminder due now; returns how many notifications were new (0 if another replica was running). */
    public int sendDue() {
        int[] told = {0};
        jobs.runExclusively("reminders", () -> told[0] = sendDueNow(Instant.now(clock)));
        return told[0];
    }

    /** Each run reads the timings in force, so a change applies to every reminder not yet sent. */
    private int sendDueNow(Instant now) {
        ReminderTimings timing = timings.current();
        return eventReminders(now, timing)
                + shiftReminders(now, timing)
                + seatOffersExpiring(now, timing)
                + followUps(now, timing)
                + renewals(now, timing)
                + checkIns(now, timing);
    }

    private int eventReminders(Instant now, ReminderTimings timing) {
        int told = 0;
        for (EventSchedule event : schedules.startingBetween(now, now.plus(timing.eventReminder()))) {
            Set<String> expected = new LinkedHashSet<>();
            registrations.confirmedFor(event.eventId()).stream()
                    .map(Registration::memberId)
                    .forEach(expected::add);
            places.heldFor(event.eventId()).stream().map(ShiftPlace::memberId).forEach(expected::add);
            for (String memberId : expected) {
                told += tell(Draft.of(
                                Notice.reasonId("event-reminder", event.eventId(), event.startsAt()),
                                memberId,
                                NoticeKind.EVENT_REMINDER)
                        .with("event", event.title())
                        .with("startsAt", event.moment(event.startsAt())));
            }
        }
        return told;
    }

    private int shiftReminders(Instant now, ReminderTimings timing) {
        int told = 0;
        for (ShiftPlace place : places.heldStartingBetween(now, now.plus(timing.shiftReminder()))) {
            java.util.Optional<EventSchedule> event = schedules.findByIdOptional(place.eventId());
            boolean eventGoesAhead = event.map(known -> !known.isCancelled()).orElse(true);
            if (eventGoesAhead) {
                told += tell(Draft.of(
                                Notice.reasonId("shift-reminder", place.shiftId(), place.startsAt()),
                                place.memberId(),
                                NoticeKind.SHIFT_REMINDER)
                        .with("role", place.roleName())
                        .with(
                                "startsAt",
                                event.map(known -> known.moment(place.startsAt()))
                                        .orElseGet(() -> Moment.at(place.startsAt()))));
            }
        }
        return told;
    }

    private int seatOffersExpiring(Instant now, ReminderTimings timing) {
        int told = 0;
        for (Registration offer :
                registrations.offersClaimableUntilBetween(now, now.plus(timing.seatOfferExpiring()))) {
            String title = schedules
                    .findByIdOptional(offer.eventId())
                    .map(EventSchedule::title)
                    .orElse("the event");
            told += tell(Draft.of(
                            Notice.reasonId("seat-offer-expiring", offer.registrationId(), offer.claimBy()),
                            offer.memberId(),
                            NoticeKind.SEAT_OFFER_EXPIRING)
                    .with("event", title)
                    .with("claimBy", Moment.at(offer.claimBy())));
        }
        return told;
    }

    /**
     * The day after an event: attendees who agreed to share their attendance hear whom they connected with there
     * (connections made since the event began with others who attended) and whom else they met (the other consenting
     * attendees), with a prompt to follow up and to thank.
     */
    private int followUps(Instant now, ReminderTimings timing) {
        int told = 0;
        Instant endedBy = now.minus(timing.followUpAfter());
        for (EventSchedule event : schedules.endedBetween(endedBy.minus(timing.followUpAfter()), endedBy)) {
            Set<String> attended = registrations.attendeesOf(event.eventId()).stream()
                    .map(Registration::memberId)
                    .collect(Collectors.toSet());
            List<Registration> sharing = registrations.sharingAttendeesOf(event.eventId());
            for (Registration attendee : sharing) {
                String member = attendee.memberId();
                Set<String> connected = new LinkedHashSet<>();
                connections.connectedSince(member, event.startsAt()).stream()
                        .filter(attended::contains)
                        .forEach(connected::add);
                List<String> met = sharing.stream()
                        .map(Registration::memberId)
                        .filter(other -> !other.equals(member) && !connected.contains(other))
                        .toList();
                Draft draft = Draft.of(
                                Notice.reasonId("event-follow-up", event.eventId()), member, NoticeKind.EVENT_FOLLOW_UP)
                        .with("event", event.title());
                told += tell(draft.names("connected", names(connected)).names("met", names(met)));
            }
        }
        return told;
    }

    /** The members' names by id, in order, for a list in a draft. */
    private java.util.Map<String, String> names(java.util.Collection<String> memberIds) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        memberIds.forEach(id -> names.put(id, contacts.nameOf(id)));
        return names;
    }

    private int renewals(Instant now, ReminderTimings timing) {
        int told = 0;
        for (MembershipTerm term : terms.activeEndingBetween(now, now.plus(timing.renewalFirst()))) {
            Instant expiresAt = term.expiresAt().orElseThrow();
            boolean last = Duration.between(now, expiresAt).compareTo(timing.renewalLast()) <= 0;
            long daysAhead =
                    last ? timing.renewalLast().toDays() : timing.renewalFirst().toDays();
            told += tell(Draft.of(
                            Notice.reasonId("renewal-reminder", term.memberId(), expiresAt, daysAhead),
                            term.memberId(),
                            NoticeKind.RENEWAL_REMINDER)
                    .with("lastWeek", last)
                    .with("expiresAt", Moment.at(expiresAt)));
        }
        return told;
    }

    private int checkIns(Instant now, ReminderTimings timing) {
        int told = 0;
        for (Mentorship pair : mentorships.activeQuietSince(now.minus(timing.mentorshipQuiet()))) {
            for (String memberId : List.of(pair.mentorId(), pair.menteeId())) {
                String otherId = memberId.equals(pair.mentorId()) ? pair.menteeId() : pair.mentorId();
                told += tell(Draft.of(
                                Notice.reasonId("mentorship-check-in", pair.mentorshipId(), pair.quietSince()),
                                memberId,
                                NoticeKind.MENTORSHIP_CHECK_IN)
                        .name("other", otherId, contacts.nameOf(otherId))
                        .with("quietSince", Moment.at(pair.quietSince())));
            }
        }
        return told;
    }

    private int tell(Draft draft) {
        return notifier.tell(draft) ? 1 : 0;
    }
}
