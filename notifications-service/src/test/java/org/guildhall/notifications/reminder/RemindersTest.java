package org.guildhall.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.events.EventSchedule;
import org.guildhall.notifications.events.EventScheduleRepository;
import org.guildhall.notifications.events.Registration;
import org.guildhall.notifications.events.RegistrationRepository;
import org.guildhall.notifications.events.ShiftPlace;
import org.guildhall.notifications.events.ShiftPlaceRepository;
import org.guildhall.notifications.membership.ConnectionMade;
import org.guildhall.notifications.membership.ConnectionMadeRepository;
import org.guildhall.notifications.membership.MemberSnapshot;
import org.guildhall.notifications.membership.MemberSnapshotRepository;
import org.guildhall.notifications.membership.MembershipTerm;
import org.guildhall.notifications.membership.MembershipTermRepository;
import org.guildhall.notifications.mentoring.Mentorship;
import org.guildhall.notifications.mentoring.MentorshipRepository;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class RemindersTest {

    @Inject
    Reminders reminders;

    @Inject
    EventScheduleRepository schedules;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ShiftPlaceRepository places;

    @Inject
    MembershipTermRepository terms;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    MemberSnapshotRepository contacts;

    @Inject
    ConnectionMadeRepository connections;

    private Instant start;

    @BeforeEach
    void aQuietMomentOfItsOwn() {
        // each test in its own far-off week, so what other tests left behind is never due with it
        start = Instant.parse("2031-01-05T09:00:00Z")
                .plus(Duration.ofDays(14L * ThreadLocalRandom.current().nextInt(1, 5000)));
        TestClock.CLOCK.setTo(start);
    }

    @Test
    void shouldRemindRegistrantsAndVolunteersOnceADayBeforeTheEvent() {
        String ada = member();
        String grace = member();
        String event = eventStartingAt(start.plus(Duration.ofHours(30)));
        QuarkusTransaction.requiringNew().run(() -> {
            confirmed(event, ada);
            places.persist(ShiftPlace.signUp(
                    id(), grace, event, "Desk", start.plus(Duration.ofHours(29)), start.plus(Duration.ofHours(31))));
        });

        reminders.sendDue();
        assertThat(Inboxes.of(ada, slug(NoticeKind.EVENT_REMINDER))).isEmpty();

        TestClock.CLOCK.advance(Duration.ofHours(7));
        reminders.sendDue();
        reminders.sendDue();
        TestClock.CLOCK.advance(Duration.ofHours(1));
        reminders.sendDue();

        assertThat(Inboxes.of(ada, slug(NoticeKind.EVENT_REMINDER))).hasSize(1);
        assertThat(Inboxes.of(grace, slug(NoticeKind.EVENT_REMINDER))).hasSize(1);
    }

    @Test
    void shouldNotRemindWhenTheRegistrationOrTheEventWasCancelled() {
        String ada = member();
        String grace = member();
        String going = eventStartingAt(start.plus(Duration.ofHours(10)));
        String cancelled = eventStartingAt(start.plus(Duration.ofHours(10)));
        QuarkusTransaction.requiringNew().run(() -> {
            confirmed(going, ada).cancel();
            confirmed(cancelled, grace);
            schedules.findById(cancelled).cancel();
        });

        reminders.sendDue();

        assertThat(Inboxes.of(ada)).isEmpty();
        assertThat(Inboxes.of(grace)).isEmpty();
    }

    @Test
    void shouldRemindVolunteersTwoHoursBeforeTheirShiftOnce() {
        String ada = member();
        String event = eventStartingAt(start.plus(Duration.ofDays(3)));
        QuarkusTransaction.requiringNew()
                .run(() -> places.persist(ShiftPlace.signUp(
                        id(), ada, event, "Desk", start.plus(Duration.ofHours(3)), start.plus(Duration.ofHours(5)))));

        reminders.sendDue();
        assertThat(Inboxes.of(ada, slug(NoticeKind.SHIFT_REMINDER))).isEmpty();
        TestClock.CLOCK.advance(Duration.ofMinutes(90));
        reminders.sendDue();
        TestClock.CLOCK.advance(Duration.ofMinutes(20));
        reminders.sendDue();

        assertThat(Inboxes.of(ada, slug(NoticeKind.SHIFT_REMINDER))).hasSize(1);
    }

    @Test
    void shouldWarnCriticallyBeforeASeatOfferExpires() {
        String ada = member();
        String event = eventStartingAt(start.plus(Duration.ofDays(3)));
        QuarkusTransaction.requiringNew().run(() -> {
            Registration offer = Registration.of(id(), event, ada);
            offer.offerSeat(start.plus(Duration.ofHours(5)));
            registrations.persist(offer);
        });

        reminders.sendDue();
        TestClock.CLOCK.advance(Duration.ofHours(3));
        reminders.sendDue();
        reminders.sendDue();

        assertThat(Inboxes.of(ada, slug(NoticeKind.SEAT_OFFER_EXPIRING)))
                .singleElement()
                .satisfies(warning -> assertThat(warning.critical()).isTrue());
    }

    @Test
    void shouldFollowUpTheDayAfterNamingWhomTheyConnectedWithAndMetThere() {
        String ada = member();
        String grace = member();
        String linus = member();
        String hedy = member();
        String event = eventStartingAt(start.minus(Duration.ofHours(2)));
        QuarkusTransaction.requiringNew().run(() -> {
            contacts.persist(MemberSnapshot.of(grace, "Grace Hopper", null, null, start));
            contacts.persist(MemberSnapshot.of(linus, "Linus Torvalds", null, null, start));
            contacts.persist(MemberSnapshot.of(hedy, "Hedy Lamarr", null, null, start));
            confirmed(event, ada).attend(true);
            confirmed(event, grace).attend(true);
            confirmed(event, linus).attend(false);
            confirmed(event, hedy).attend(false);
            // Ada connected with Linus at the event; Hedy, who did not share her attendance, stays unnamed
            connections.persist(ConnectionMade.between(id(), linus, ada, start.minus(Duration.ofHours(1))));
        });

        reminders.sendDue();
        assertThat(Inboxes.of(ada, slug(NoticeKind.EVENT_FOLLOW_UP))).isEmpty();
        TestClock.CLOCK.advance(Duration.ofHours(25));
        reminders.sendDue();
        reminders.sendDue();

        assertThat(Inboxes.of(ada, slug(NoticeKind.EVENT_FOLLOW_UP)))
                .singleElement()
                .satisfies(followUp -> assertThat(followUp.body())
                        .contains("You connected with Linus Torvalds", "You also met Grace Hopper")
                        .doesNotContain("Hedy"));
        assertThat(Inboxes.of(grace, slug(NoticeKind.EVENT_FOLLOW_UP))).hasSize(1);
        assertThat(Inboxes.of(linus, slug(NoticeKind.EVENT_FOLLOW_UP)))
                .as("did not opt in")
                .isEmpty();
    }

    @Test
    void shouldNotFollowUpACancelledEvent() {
        String ada = member();
        String event = eventStartingAt(start.minus(Duration.ofHours(2)));
        QuarkusTransaction.requiringNew().run(() -> {
            confirmed(event, ada).attend(true);
            schedules.findById(event).cancel();
        });

        TestClock.CLOCK.advance(Duration.ofHours(25));
        reminders.sendDue();

        assertThat(Inboxes.of(ada, slug(NoticeKind.EVENT_FOLLOW_UP))).isEmpty();
    }

    @Test
    void shouldRemindOfRenewalThirtyAndSevenDaysBeforeExpiryOnceEach() {
        String ada = member();
        QuarkusTransaction.requiringNew().run(() -> {
            MembershipTerm term = MembershipTerm.startedAt(ada, "ACTIVE", "professional", start);
            term.change("ACTIVE", "professional", start.plus(Duration.ofDays(40)), start);
            terms.persist(term);
        });

        reminders.sendDue();
        assertThat(Inboxes.of(ada, slug(NoticeKind.RENEWAL_REMINDER))).isEmpty();
        TestClock.CLOCK.advance(Duration.ofDays(11));
        reminders.sendDue();
        TestClock.CLOCK.advance(Duration.ofDays(1));
        reminders.sendDue();
        assertThat(Inboxes.of(ada, slug(NoticeKind.RENEWAL_REMINDER))).hasSize(1);
        TestClock.CLOCK.advance(Duration.ofDays(22));
        reminders.sendDue();
        reminders.sendDue();

        assertThat(Inboxes.of(ada, slug(NoticeKind.RENEWAL_REMINDER))).hasSize(2);
    }

    @Test
    void shouldNotRemindAMemberWhoRenewed() {
        String ada = member();
        QuarkusTransaction.requiringNew().run(() -> {
            MembershipTerm term = MembershipTerm.startedAt(ada, "ACTIVE", "professional", start);
            term.change("ACTIVE", "professional", start.plus(Duration.ofDays(20)), start);
            terms.persist(term);
            term.change("ACTIVE", "professional", start.plus(Duration.ofDays(385)), start.plusSeconds(1));
        });

        reminders.sendDue();

        assertThat(Inboxes.of(ada, slug(NoticeKind.RENEWAL_REMINDER))).isEmpty();
    }

    @Test
    void shouldCheckInWithAPairThatLoggedNoSessionForThirtyDays() {
        String mentor = member();
        String mentee = member();
        String busyMentee = member();
        QuarkusTransaction.requiringNew().run(() -> {
            mentorships.persist(Mentorship.begin(id(), mentor, mentee, start));
            Mentorship busy = Mentorship.begin(id(), mentor, busyMentee, start);
            busy.sessionLogged(start.plus(Duration.ofDays(20)));
            mentorships.persist(busy);
        });

        TestClock.CLOCK.advance(Duration.ofDays(29));
        reminders.sendDue();
        assertThat(Inboxes.of(mentee, slug(NoticeKind.MENTORSHIP_CHECK_IN))).isEmpty();
        TestClock.CLOCK.advance(Duration.ofDays(2));
        reminders.sendDue();
        reminders.sendDue();

        assertThat(Inboxes.of(mentee, slug(NoticeKind.MENTORSHIP_CHECK_IN))).hasSize(1);
        assertThat(Inboxes.of(mentor, slug(NoticeKind.MENTORSHIP_CHECK_IN))).hasSize(1);
        assertThat(Inboxes.of(busyMentee, slug(NoticeKind.MENTORSHIP_CHECK_IN))).isEmpty();
    }

    private String eventStartingAt(Instant startsAt) {
        String event = id();
        QuarkusTransaction.requiringNew().run(() -> {
            EventSchedule schedule = EventSchedule.known(event, "Summit " + event, startsAt);
            schedule.schedule(null, startsAt, startsAt.plus(Duration.ofHours(1)), "Europe/London");
            schedules.persist(schedule);
        });
        return event;
    }

    private Registration confirmed(String event, String memberId) {
        Registration registration = Registration.of(id(), event, memberId);
        registration.confirm();
        registrations.persist(registration);
        return registration;
    }

    private static String member() {
        return "member-" + UUID.randomUUID();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static String slug(NoticeKind kind) {
        return kind.slug();
    }
}
