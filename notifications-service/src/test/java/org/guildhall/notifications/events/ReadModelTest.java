package org.guildhall.notifications.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadModelTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void shouldFollowARegistrationFromWaitlistToOfferToSeatToCancellation() {
        Registration registration = Registration.of("r1", "e1", "ada");
        assertThat(registration.status()).isEqualTo(Registration.WAITLISTED);

        registration.offerSeat(NOW);
        assertThat(registration.claimBy()).isEqualTo(NOW);
        registration.confirm();
        assertThat(registration.claimBy()).isNull();
        assertThat(registration.isActive()).isTrue();
        registration.cancel();
        assertThat(registration.isActive()).isFalse();
    }

    @Test
    void shouldRememberAttendanceAndConsentToBeNamed() {
        Registration registration = Registration.of("r1", "e1", "ada");
        registration.confirm();

        registration.attend(true);

        assertThat(registration.attended()).isTrue();
        assertThat(registration.sharesAttendance()).isTrue();
    }

    @Test
    void shouldLetAnExpiredOfferEndTheRegistration() {
        Registration registration = Registration.of("r1", "e1", "ada");
        registration.offerSeat(NOW);

        registration.offerExpired();

        assertThat(registration.isActive()).isFalse();
    }

    @Test
    void shouldNotCompleteACancelledEvent() {
        EventSchedule event = EventSchedule.known("e1", "Summit", NOW);
        event.cancel();
        event.complete();

        assertThat(event.isCancelled()).isTrue();
    }

    @Test
    void shouldMoveAnEventWhenRescheduled() {
        EventSchedule event = EventSchedule.known("e1", "Summit", NOW);

        event.schedule(null, NOW.plusSeconds(3600), NOW.plusSeconds(7200), "Europe/London");

        assertThat(event.startsAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(event.title()).isEqualTo("Summit");
    }

    @Test
    void shouldHoldAShiftPlaceUntilReleasedOrCompleted() {
        ShiftPlace place = ShiftPlace.signUp("s1", "ada", "e1", "Desk", NOW, NOW.plusSeconds(3600));
        assertThat(place.isHeld()).isTrue();

        place.release();
        assertThat(place.isHeld()).isFalse();
        place.signUpAgain("Desk", NOW, NOW.plusSeconds(3600));
        assertThat(place.isHeld()).isTrue();
        place.complete();
        assertThat(place.status()).isEqualTo(ShiftPlace.COMPLETED);
    }
}
