package org.guildhall.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EventTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant START = Instant.parse("2027-02-10T09:00:00Z");

    static EventDetails summit(int capacity) {
        return new EventDetails(
                "Data Engineering Summit",
                null,
                EventKind.CONFERENCE,
                START,
                START.plus(Duration.ofHours(8)),
                "Europe/London",
                "Guildhall, London",
                null,
                capacity,
                null,
                null,
                true,
                List.of("professional", "fellow"),
                SeatRelease.CONFIRM_AT_ONCE,
                24);
    }

    static EventDetails moved(EventDetails details, Duration by) {
        return new EventDetails(
                details.title(),
                details.description(),
                details.kind(),
                details.startsAt().plus(by),
                details.endsAt().plus(by),
                details.timeZone(),
                details.venue(),
                details.onlineUrl(),
                details.capacity(),
                details.registrationOpensAt(),
                details.registrationClosesAt(),
                details.membersOnly(),
                details.allowedTiers(),
                details.seatRelease(),
                details.offerClaimHours());
    }

    static EventDetails withCapacity(EventDetails details, int capacity) {
        return new EventDetails(
                details.title(),
                details.description(),
                details.kind(),
                details.startsAt(),
                details.endsAt(),
                details.timeZone(),
                details.venue(),
                details.onlineUrl(),
                capacity,
                details.registrationOpensAt(),
                details.registrationClosesAt(),
                details.membersOnly(),
                details.allowedTiers(),
                details.seatRelease(),
                details.offerClaimHours());
    }

    static Event publishedSummit(int capacity) {
        Event event = Event.draft(summit(capacity), "coordinator", NOW);
        event.publish(NOW);
        return event;
    }

    static Optional<MemberSnapshot> member(String tier, String status) {
        MemberSnapshot standing = MemberSnapshot.joined(
                new MemberJoined("ada", "Ada", "ada@example.org", null, null, null, tier, "ACTIVE", NOW));
        standing.statusChanged(new MembershipStatusChanged("ada", "ACTIVE", status, tier, null, "test", NOW));
        return Optional.of(standing);
    }

    @Test
    void aDraftShouldStartWithNoSeatsTakenAndBeHiddenFromMembers() {
        Event event = Event.draft(summit(100), "coordinator", NOW);

        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.seatsTaken()).isZero();
        assertThat(event.isVisibleToMembers()).isFalse();
        assertThat(event.allowedTiers()).containsExactly("professional", "fellow");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        EventDetails backwards = moved(summit(10), Duration.ZERO);
        EventDetails endsFirst = new EventDetails(
                backwards.title(),
                null,
                backwards.kind(),
                START,
                START.minusSeconds(1),
                "Europe/London",
                "Guildhall",
                null,
                10,
                null,
                null,
                false,
                List.of(),
                SeatRelease.OFFER,
                24);

        assertThatThrownBy(() -> Event.draft(endsFirst, "coordinator", NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("endsAt");
    }

    @Test
    void publishingShouldAnnounceTheEventOnce() {
        Event event = Event.draft(summit(100), "coordinator", NOW);

        var published = event.publish(NOW);

        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(published.capacity()).isEqualTo(100);
        assertThat(published.type()).isEqualTo("CONFERENCE");
        assertThatThrownBy(() -> event.publish(NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void movingAPublishedEventShouldBeAnnounced() {
        Event event = publishedSummit(100);

        var rescheduled = event.edit(moved(summit(100), Duration.ofDays(7)), NOW);

        assertThat(rescheduled).isPresent();
        assertThat(rescheduled.get().previousStartsAt()).isEqualTo(START);
        assertThat(rescheduled.get().startsAt()).isEqualTo(START.plus(Duration.ofDays(7)));
    }

    @Test
    void editingADraftOrKeepingTheTimesShouldAnnounceNothing() {
        Event draft = Event.draft(summit(100), "coordinator", NOW);
        assertThat(draft.edit(moved(summit(100), Duration.ofDays(7)), NOW)).isEmpty();

        Event published = publishedSummit(100);
        assertThat(published.edit(withCapacity(summit(100), 150), NOW)).isEmpty();
        assertThat(published.capacity()).isEqualTo(150);
    }

    @Test
    void capacityShouldNotGoBelowTheSeatsTaken() {
        Event event = publishedSummit(3);
        event.takeSeat();
        event.takeSeat();

        assertThatThrownBy(() -> event.edit(withCapacity(summit(3), 1), NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("capacity");
        event.edit(withCapacity(summit(3), 2), NOW);
        assertThat(event.hasFreeSeat()).isFalse();
    }

    @Test
    void cancellingShouldKeepTheReasonAndCloseTheEvent() {
        Event event = publishedSummit(10);
        event.takeSeat();

        var cancelled = event.cancel("  The venue is unavailable ", NOW);

        assertThat(cancelled.reason()).isEqualTo("The venue is unavailable");
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.seatsTaken()).isZero();
        assertThatThrownBy(() -> event.cancel("again", NOW)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> event.edit(summit(10), NOW)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> event.admit(member("professional", "ACTIVE"), NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void completingShouldWaitForTheStartAndNeedAPublishedEvent() {
        Event draft = Event.draft(summit(10), "coordinator", NOW);
        assertThatThrownBy(() -> draft.complete(START)).isInstanceOf(ProblemException.class);

        Event event = publishedSummit(10);
        assertThatThrownBy(() -> event.complete(NOW)).isInstanceOf(ProblemException.class);
        var completed = event.complete(START.plus(Duration.ofHours(9)));

        assertThat(event.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(START.plus(Duration.ofHours(9)));
    }

    @Test
    void shouldAdmitOnlyActiveMembersOfAnAllowedTierWhileRegistrationIsOpen() {
        Event event = publishedSummit(10);

        event.admit(member("professional", "ACTIVE"), NOW);
        assertThatThrownBy(() -> event.admit(member("associate", "ACTIVE"), NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("tiers");
        assertThatThrownBy(() -> event.admit(member("professional", "LAPSED"), NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> event.admit(Optional.empty(), NOW)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> event.admit(member("professional", "ACTIVE"), START))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aDraftShouldTakeNoRegistrations() {
        Event draft = Event.draft(summit(10), "coordinator", NOW);

        assertThatThrownBy(() -> draft.admit(member("professional", "ACTIVE"), NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("is draft");
    }

    @Test
    void seatsShouldNeverPassTheCapacity() {
        Event event = publishedSummit(1);
        event.takeSeat();

        assertThat(event.hasFreeSeat()).isFalse();
        assertThatThrownBy(event::takeSeat).isInstanceOf(IllegalStateException.class);
        event.freeSeat();
        assertThat(event.hasFreeSeat()).isTrue();
        assertThat(event.nextArrival()).isEqualTo(1);
        assertThat(event.nextArrival()).isEqualTo(2);
    }

    @Test
    void membersShouldVolunteerOnlyForAPublishedEventAndCoordinatorsAlsoAssignToADraft() {
        Event draft = Event.draft(summit(10), "coordinator", NOW);
        Event published = publishedSummit(10);
        Event cancelled = publishedSummit(10);
        cancelled.cancel("venue flooded", NOW);

        assertThatThrownBy(() -> draft.requireTakesVolunteers(false))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("is draft and takes no volunteers");
        draft.requireTakesVolunteers(true);
        published.requireTakesVolunteers(false);
        assertThatThrownBy(() -> cancelled.requireTakesVolunteers(true))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("is cancelled and takes no volunteers");
    }

    @Test
    void theRosterShouldCloseWithACancelledOrCompletedEvent() {
        Event draft = Event.draft(summit(10), "coordinator", NOW);
        Event completed = publishedSummit(10);
        completed.complete(START);

        draft.requireRosterOpen();
        publishedSummit(10).requireRosterOpen();
        assertThatThrownBy(completed::requireRosterOpen)
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("is completed; its roster is closed");
    }

    @Test
    void aPeriodShouldReadInTheEventsZoneWithItsDayOnlyOnceWhenItEndsTheSameDay() {
        Event event = publishedSummit(10);

        assertThat(event.localPeriod(START, START.plus(Duration.ofHours(2))))
                .isEqualTo("Wed 10 Feb 2027 09:00\u201311:00 (Europe/London)");
        assertThat(event.localPeriod(START, START.plus(Duration.ofDays(1))))
                .isEqualTo("Wed 10 Feb 2027 09:00\u2013Thu 11 Feb 2027 09:00 (Europe/London)");
    }
}
