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
import org.guildhall.notifications.vocabulary.Mentions;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;

/**
 * Scheduled reminders and follow-ups. Each run looks at the read models for reasons that are due now; a reason that
 * disappeared (cancelled registration or event, released shift, renewed membership, a new session) is simply no
 * longer found. One replica runs at a time (an advisory lock), and each reminder's id is derived from its reason, so
 * the notification's unique key keeps it to one even across restarts.
 */
@ApplicationScoped
public class Reminders {

    static final Duration EVENT_LEAD = Duration.ofHours(24);
    static final Duration SHIFT_LEAD = Duration.ofHours(2);
    static final Duration SEAT_OFFER_LEAD = Duration.ofHours(3);
    static final Duration FOLLOW_UP_AFTER = Duration.ofDays(1);
    static final Duration RENEWAL_FIRST = Duration.ofDays(30);
    static final Duration RENEWAL_LAST = Duration.ofDays(7);
    static final Duration MENTORSHIP_QUIET = Duration.ofDays(30);

    private final ExclusiveJobs jobs;
    private final Notifier notifier;
    private final EventScheduleRepository schedules;
    private final RegistrationRepository registrations;
    private final ShiftPlaceRepository places;
    private final MembershipTermRepository terms;
    private final MentorshipRepository mentorships;
    private final MemberSnapshotRepository contacts;
    private final ConnectionMadeRepository connections;
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
        this.clock = clock;
    }

    @Scheduled(
            identity = "reminders",
            every = "${guildhall.reminders.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends every reminder due now; returns how many notifications were new (0 if another replica was running). */
    public int sendDue() {
        int[] told = {0};
        jobs.runExclusively("reminders", () -> told[0] = sendDueNow(Instant.now(clock)));
        return told[0];
    }

    private int sendDueNow(Instant now) {
        return eventReminders(now)
                + shiftReminders(now)
                + seatOffersExpiring(now)
                + followUps(now)
                + renewals(now)
                + checkIns(now);
    }

    private int eventReminders(Instant now) {
        int told = 0;
        for (EventSchedule event : schedules.startingBetween(now, now.plus(EVENT_LEAD))) {
            Set<String> expected = new LinkedHashSet<>();
            registrations.confirmedFor(event.eventId()).stream()
                    .map(Registration::memberId)
                    .forEach(expected::add);
            places.heldFor(event.eventId()).stream().map(ShiftPlace::memberId).forEach(expected::add);
            for (String memberId : expected) {
                told += tell(new Notice(
                        Notice.reasonId("event-reminder", event.eventId(), event.startsAt()),
                        memberId,
                        NoticeKind.EVENT_REMINDER,
                        "Tomorrow: " + event.title(),
                        event.title() + " starts at " + event.startsAt() + "."));
            }
        }
        return told;
    }

    private int shiftReminders(Instant now) {
        int told = 0;
        for (ShiftPlace place : places.heldStartingBetween(now, now.plus(SHIFT_LEAD))) {
            boolean eventGoesAhead = schedules
                    .findByIdOptional(place.eventId())
                    .map(event -> !event.isCancelled())
                    .orElse(true);
            if (eventGoesAhead) {
                told += tell(new Notice(
                        Notice.reasonId("shift-reminder", place.shiftId(), place.startsAt()),
                        place.memberId(),
                        NoticeKind.SHIFT_REMINDER,
                        "Your " + place.roleName() + " shift starts soon",
                        "Your " + place.roleName() + " shift starts at " + place.startsAt() + ". Thank you."));
            }
        }
        return told;
    }

    private int seatOffersExpiring(Instant now) {
        int told = 0;
        for (Registration offer : registrations.offersClaimableUntilBetween(now, now.plus(SEAT_OFFER_LEAD))) {
            String title = schedules
                    .findByIdOptional(offer.eventId())
                    .map(EventSchedule::title)
                    .orElse("the event");
            told += tell(new Notice(
                    Notice.reasonId("seat-offer-expiring", offer.registrationId(), offer.claimBy()),
                    offer.memberId(),
                    NoticeKind.SEAT_OFFER_EXPIRING,
                    "Your seat offer for " + title + " ends soon",
                    "Claim your seat before " + offer.claimBy() + ", or it passes to the next person."));
        }
        return told;
    }

    /**
     * The day after an event: attendees who agreed to share their attendance hear whom they connected with there
     * (connections made since the event began with others who attended) and whom else they met (the other consenting
     * attendees), with a prompt to follow up and to thank.
     */
    private int followUps(Instant now) {
        int told = 0;
        Instant endedBy = now.minus(FOLLOW_UP_AFTER);
        for (EventSchedule event : schedules.endedBetween(endedBy.minus(FOLLOW_UP_AFTER), endedBy)) {
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
                Mentions mentions = new Mentions();
                told += tell(new Notice(
                        Notice.reasonId("event-follow-up", event.eventId()),
                        member,
                        NoticeKind.EVENT_FOLLOW_UP,
                        "Follow up after " + event.title(),
                        followUpBody(event.title(), names(connected, mentions), names(met, mentions)),
                        mentions));
            }
        }
        return told;
    }

    private String names(java.util.Collection<String> memberIds, Mentions mentions) {
        return memberIds.stream()
                .map(id -> mentions.name(id, contacts.nameOf(id)))
                .collect(Collectors.joining(", "));
    }

    private static String followUpBody(String title, String connected, String met) {
        StringBuilder body = new StringBuilder("Thank you for coming to " + title + ".");
        if (!connected.isEmpty()) {
            body.append(" You connected with ").append(connected).append(" there: follow up while it is fresh.");
        }
        if (!met.isEmpty()) {
            body.append(" You also met ").append(met).append(": connect with them.");
        }
        return body.append(" And thank those who helped.").toString();
    }

    private int renewals(Instant now) {
        int told = 0;
        for (MembershipTerm term : terms.activeEndingBetween(now, now.plus(RENEWAL_FIRST))) {
            Instant expiresAt = term.expiresAt().orElseThrow();
            long daysAhead = Duration.between(now, expiresAt).compareTo(RENEWAL_LAST) <= 0 ? 7 : 30;
            told += tell(new Notice(
                    Notice.reasonId("renewal-reminder", term.memberId(), expiresAt, daysAhead),
                    term.memberId(),
                    NoticeKind.RENEWAL_REMINDER,
                    "Your membership ends in " + (daysAhead == 7 ? "a week" : "a month"),
                    "Your membership runs until " + expiresAt + ". Renew it to keep your place."));
        }
        return told;
    }

    private int checkIns(Instant now) {
        int told = 0;
        for (Mentorship pair : mentorships.activeQuietSince(now.minus(MENTORSHIP_QUIET))) {
            for (String memberId : List.of(pair.mentorId(), pair.menteeId())) {
                String otherId = memberId.equals(pair.mentorId()) ? pair.menteeId() : pair.mentorId();
                Mentions mentions = new Mentions();
                String other = mentions.name(otherId, contacts.nameOf(otherId));
                told += tell(new Notice(
                        Notice.reasonId("mentorship-check-in", pair.mentorshipId(), pair.quietSince()),
                        memberId,
                        NoticeKind.MENTORSHIP_CHECK_IN,
                        "Time to check in with " + other,
                        "You and " + other + " have not logged a session since " + pair.quietSince()
                                + ". Plan the next one.",
                        mentions));
            }
        }
        return told;
    }

    private int tell(Notice notice) {
        return notifier.tell(notice) ? 1 : 0;
    }
}
