package org.guildhall.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventDetails;
import org.guildhall.events.event.EventKind;
import org.guildhall.events.event.SeatRelease;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant START = Instant.parse("2027-02-10T09:00:00Z");

    static Event openEvent(int capacity) {
        Event event = Event.draft(
                new EventDetails(
                        "Data Engineering Summit",
                        null,
                        EventKind.WORKSHOP,
                        START,
                        START.plus(Duration.ofHours(3)),
                        "Europe/London",
                        null,
                        "https://meet.example.org/summit",
                        capacity,
                        null,
                        null,
                        false,
                        List.of(),
                        SeatRelease.OFFER,
                        24),
                "coordinator",
                NOW);
        event.publish(NOW);
        return event;
    }

    /** An event whose every seat is taken, so the next registrant waits. */
    static Event fullEvent() {
        Event event = openEvent(1);
        Registration.confirmed(event, "first", false, NOW);
        return event;
    }

    @Test
    void aConfirmedRegistrationShouldTakeASeatAndACheckInCode() {
        Event event = openEvent(2);

        Registration ada = Registration.confirmed(event, "ada", true, NOW);

        assertThat(ada.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(event.seatsTaken()).isEqualTo(1);
        assertThat(ada.checkInCode()).hasSize(CheckInCode.LENGTH);
        assertThat(ada.confirmedEvent(event).eventStartsAt()).isEqualTo(START);
    }

    @Test
    void arrivalsShouldBeNumberedInOrder() {
        Event event = fullEvent();

        Registration second = Registration.waitlisted(event, "second", false, NOW);
        Registration third = Registration.waitlisted(event, "third", false, NOW);

        assertThat(second.arrival()).isLessThan(third.arrival());
        assertThat(second.waitlistedEvent(event, 1).position()).isEqualTo(1);
    }

    @Test
    void nobodyShouldWaitWhileASeatIsFree() {
        assertThatThrownBy(() -> Registration.waitlisted(openEvent(1), "ada", false, NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theWaitlistsLengthShouldCountEveryoneWhoJoinsItUntilTheyAreSeatedOfferedOrGone() {
        Event event = fullEvent();
        Registration first = Registration.waitlisted(event, "first-waiting", false, NOW);
        Registration second = Registration.waitlisted(event, "second-waiting", false, NOW);
        Registration third = Registration.waitlisted(event, "third-waiting", false, NOW);
        Registration fourth = Registration.waitlisted(event, "fourth-waiting", false, NOW);
        assertThat(event.waitlisted()).isEqualTo(4);

        second.cancel(event, EndReason.MEMBER, NOW);
        assertThat(event.waitlisted()).isEqualTo(3);
        event.freeSeat();
        first.confirmFromWaitlist(event, NOW);
        assertThat(event.waitlisted()).isEqualTo(2);
        event.freeSeat();
        third.offer(event, START, NOW);
        assertThat(event.waitlisted()).isEqualTo(1);
        third.cancel(event, EndReason.MEMBER, NOW); // an offer given up frees a seat, not a place in line
        assertThat(event.waitlisted()).isEqualTo(1);

        event.cancel("The venue flooded", NOW);
        fourth.cancel(event, EndReason.EVENT_CANCELLED, NOW);
        assertThat(event.waitlisted()).isZero();
    }

    @Test
    void theFirstWaitingShouldBeConfirmedIntoAFreedSeat() {
        Event event = fullEvent();
        Registration waiting = Registration.waitlisted(event, "ada", false, NOW);
        event.freeSeat();

        waiting.confirmFromWaitlist(event, NOW);

        assertThat(waiting.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(event.hasFreeSeat()).isFalse();
    }

    @Test
    void anOfferedSeatShouldBeHeldUntilClaimed() {
        Event event = fullEvent();
        Registration waiting = Registration.waitlisted(event, "ada", false, NOW);
        event.freeSeat();

        waiting.offer(event, NOW.plus(Duration.ofHours(24)), NOW);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(event.hasFreeSeat()).isFalse();
        assertThat(waiting.offeredEvent(event).claimBy()).isEqualTo(NOW.plus(Duration.ofHours(24)));

        waiting.claim(event, Optional.empty(), NOW.plus(Duration.ofHours(23)));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aLateClaimShouldBeRefused() {
        Event event = fullEvent();
        Registration waiting = Registration.waitlisted(event, "ada", false, NOW);
        event.freeSeat();
        waiting.offer(event, NOW.plus(Duration.ofHours(24)), NOW);

        assertThatThrownBy(() -> waiting.claim(event, Optional.empty(), NOW.plus(Duration.ofHours(24))))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("ran out");
    }

    @Test
    void anOffersDeadlineShouldNeverPassTheEventsStart() {
        Event event = openEvent(1);

        assertThat(event.claimDeadlineFor(NOW)).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(event.claimDeadlineFor(START.minus(Duration.ofHours(2)))).isEqualTo(START);
        assertThat(event.claimDeadlineFor(START.plus(Duration.ofHours(1)))).isEqualTo(START);
    }

    @Test
    void aClaimShouldBeCheckedAgainstTheEventAsItIsNow() {
        Event event = fullEvent();
        Registration waiting = Registration.waitlisted(event, "ada", false, NOW);
        event.freeSeat();
        waiting.offer(event, START.plus(Duration.ofHours(2)), NOW); // as a deadline set before the event moved

        assertThatThrownBy(() -> waiting.claim(event, Optional.empty(), START.plus(Duration.ofMinutes(1))))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("began");
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.OFFERED);
    }

    @Test
    void anOffersDeadlineShouldBeRevisedFromWhenItWasMade() {
        Event event = fullEvent();
        Registration waiting = Registration.waitlisted(event, "ada", false, NOW);
        event.freeSeat();
        waiting.offer(event, START.plus(Duration.ofDays(3)), NOW);

        assertThat(waiting.reviseClaimDeadline(event)).isTrue();
        assertThat(waiting.claimBy()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(waiting.reviseClaimDeadline(event)).isFalse();
    }

    @Test
    void anUnclaimedOfferShouldExpireAndGiveTheSeatBack() {
        Event event = fullEvent();
        Registration waiting = Registration.waitlisted(event, "ada", false, NOW);
        event.freeSeat();
        waiting.offer(event, NOW.plus(Duration.ofHours(24)), NOW);

        assertThat(waiting.isOfferOverdue(NOW.plus(Duration.ofHours(23)))).isFalse();
        assertThatThrownBy(() -> waiting.expireOffer(event, NOW)).isInstanceOf(IllegalStateException.class);
        waiting.expireOffer(event, NOW.plus(Duration.ofHours(24)));

        assertThat(waiting.status()).isEqualTo(RegistrationStatus.OFFER_EXPIRED);
        assertThat(event.hasFreeSeat()).isTrue();
        assertThat(waiting.offerExpiredEvent(event).expiredAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void cancellingASeatShouldFreeItButLeavingTheWaitlistShouldNot() {
        Event event = openEvent(1);
        Registration seated = Registration.confirmed(event, "ada", false, NOW);
        Registration waiting = Registration.waitlisted(event, "grace", false, NOW);

        assertThat(waiting.cancel(event, EndReason.MEMBER, NOW)).isFalse();
        assertThat(event.hasFreeSeat()).isFalse();
        assertThat(seated.cancel(event, EndReason.MEMBER, NOW)).isTrue();
        assertThat(event.hasFreeSeat()).isTrue();
        assertThat(seated.cancelledEvent(event).reason()).isEqualTo("MEMBER");
        assertThatThrownBy(() -> seated.cancel(event, EndReason.MEMBER, NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void onlyConfirmedRegistrantsShouldCheckInAndOnlyOnce() {
        Event event = fullEvent();
        Registration waiting = Registration.waitlisted(event, "grace", false, NOW);
        assertThatThrownBy(() -> waiting.checkIn(NOW)).isInstanceOf(ProblemException.class);

        Event open = openEvent(1);
        Registration seated = Registration.confirmed(open, "ada", true, NOW);
        assertThat(seated.checkIn(START)).isTrue();
        assertThat(seated.checkIn(START.plusSeconds(60))).isFalse();
        assertThat(seated.checkedInAt()).isEqualTo(START);
        assertThat(seated.attendanceEvent(open).sharesAttendance()).isTrue();
    }

    @Test
    void erasingShouldReplaceTheMemberAndWithdrawTheirSharing() {
        Event event = openEvent(1);
        Registration seated = Registration.confirmed(event, "ada", true, NOW);

        seated.eraseMember("erased-1");

        assertThat(seated.memberId()).isEqualTo("erased-1");
        assertThat(seated.sharesAttendance()).isFalse();
    }

    @Test
    void aClaimShouldBeCheckedAgainstTheMembersStandingAsItIsNow() {
        Event event = Event.draft(
                new EventDetails(
                        "Data Engineering Summit",
                        null,
                        EventKind.WORKSHOP,
                        START,
                        START.plus(Duration.ofHours(3)),
                        "Europe/London",
                        "Guildhall, London",
                        null,
                        1,
                        null,
                        null,
                        true,
                        List.of("professional"),
                        SeatRelease.OFFER,
                        24),
                "coordinator",
                NOW);
        event.publish(NOW);
        Registration.confirmed(event, "first", false, NOW);
        Registration waiting = Registration.waitlisted(event, "ada", false, NOW);
        event.freeSeat();
        waiting.offer(event, NOW.plus(Duration.ofHours(24)), NOW);
        Instant later = NOW.plus(Duration.ofHours(1));

        for (Optional<MemberSnapshot> standing : List.of(
                standing("professional", "LAPSED"),
                standing("professional", "SUSPENDED"),
                standing("associate", "ACTIVE"))) {
            assertThatThrownBy(() -> waiting.claim(event, standing, later))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(refused -> assertThat(
                                    ((ProblemException) refused).problem().status())
                            .isEqualTo(403));
            assertThat(waiting.status()).isEqualTo(RegistrationStatus.OFFERED);
        }
        assertThat(event.seats(standing("professional", "LAPSED"))).isFalse();
        assertThat(event.seats(standing("professional", "GRACE"))).isTrue();

        waiting.claim(event, standing("professional", "GRACE"), later);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    private static Optional<MemberSnapshot> standing(String tier, String status) {
        MemberSnapshot standing = MemberSnapshot.joined(
                new MemberJoined("ada", "Ada", "ada@example.org", null, null, null, tier, "ACTIVE", NOW));
        standing.statusChanged(new MembershipStatusChanged("ada", "ACTIVE", status, tier, null, "test", NOW));
        return Optional.of(standing);
    }
}
