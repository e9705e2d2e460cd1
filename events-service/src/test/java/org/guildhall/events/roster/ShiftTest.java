package org.guildhall.events.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ShiftTest {

    static final Instant START = Instant.parse("2027-02-10T08:00:00Z");

    static Shift deskShift(int needed) {
        return Shift.plan(UUID.randomUUID(), UUID.randomUUID(), START, START.plus(Duration.ofMinutes(150)), needed);
    }

    @Test
    void shouldRefuseAShiftThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> Shift.plan(UUID.randomUUID(), UUID.randomUUID(), START, START, 1))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("endsAt");
    }

    @Test
    void volunteersShouldFillThePlacesThenWaitInArrivalOrder() {
        Shift shift = deskShift(1);

        VolunteerPlace ada = shift.take("ada", null, START);
        VolunteerPlace grace = shift.take("grace", "coordinator", START);
        VolunteerPlace linus = shift.take("linus", null, START);

        assertThat(ada.status()).isEqualTo(PlaceStatus.ASSIGNED);
        assertThat(grace.status()).isEqualTo(PlaceStatus.WAITLISTED);
        assertThat(grace.assignedBy()).isEqualTo("coordinator");
        assertThat(grace.arrival()).isLessThan(linus.arrival());
        assertThat(shift.hasOpenPlace()).isFalse();
    }

    @Test
    void releasingAPlaceShouldOpenItForTheWaitlist() {
        Shift shift = deskShift(1);
        VolunteerPlace ada = shift.take("ada", null, START);
        VolunteerPlace grace = shift.take("grace", null, START);

        shift.release(ada, START);
        assertThat(ada.status()).isEqualTo(PlaceStatus.RELEASED);
        assertThat(shift.hasOpenPlace()).isTrue();
        shift.promote(grace, START);

        assertThat(grace.status()).isEqualTo(PlaceStatus.ASSIGNED);
        assertThat(shift.hasOpenPlace()).isFalse();
        assertThatThrownBy(() -> shift.release(ada, START)).isInstanceOf(ProblemException.class);
    }

    @Test
    void leavingTheWaitlistShouldNotOpenAPlace() {
        Shift shift = deskShift(1);
        shift.take("ada", null, START);
        VolunteerPlace grace = shift.take("grace", null, START);

        shift.release(grace, START);

        assertThat(shift.hasOpenPlace()).isFalse();
        assertThatThrownBy(() -> shift.promote(grace, START)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completingShouldCreditTheShiftsHoursOnceItIsOver() {
        Shift shift = deskShift(2);
        VolunteerPlace ada = shift.take("ada", null, START);
        assertThatThrownBy(() -> shift.complete(START)).isInstanceOf(ProblemException.class);

        BigDecimal hours = shift.complete(START.plus(Duration.ofHours(3)));
        ada.complete(hours, START.plus(Duration.ofHours(3)));

        assertThat(hours).isEqualByComparingTo("2.5");
        assertThat(ada.status()).isEqualTo(PlaceStatus.COMPLETED);
        assertThatThrownBy(() -> shift.take("grace", null, START)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> shift.complete(START.plus(Duration.ofHours(4))))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void shiftsShouldOverlapOnlyWhenTheyShareTime() {
        Shift shift = deskShift(1);

        assertThat(shift.overlaps(START.minus(Duration.ofHours(1)), START)).isFalse();
        assertThat(shift.overlaps(START.plus(Duration.ofMinutes(149)), START.plus(Duration.ofHours(5))))
                .isTrue();
        assertThat(shift.overlaps(START.plus(Duration.ofMinutes(150)), START.plus(Duration.ofHours(5))))
                .isFalse();
    }

    @Test
    void anErasedVolunteerShouldKeepOnlyAPseudonym() {
        VolunteerPlace ada = deskShift(1).take("ada", null, START);

        ada.eraseMember("erased-1");

        assertThat(ada.memberId()).isEqualTo("erased-1");
    }

    @Test
    void shouldChangeTimesAndPlacesAndSayWhetherItMoved() {
        Shift shift = deskShift(2);
        UUID role = UUID.randomUUID();

        assertThat(shift.change(role, START, START.plus(Duration.ofMinutes(150)), 3))
                .isFalse();
        assertThat(shift.change(role, START.plusSeconds(1800), START.plus(Duration.ofHours(3)), 3))
                .isTrue();
        assertThat(shift.roleId()).isEqualTo(role);
        assertThat(shift.startsAt()).isEqualTo(START.plusSeconds(1800));
        assertThat(shift.needed()).isEqualTo(3);
    }

    @Test
    void shouldRefuseToNeedFewerPlacesThanItsVolunteersHold() {
        Shift shift = deskShift(3);
        shift.take("ada", null, START);
        shift.take("grace", null, START);

        assertThatThrownBy(() -> shift.change(shift.roleId(), START, START.plusSeconds(3600), 1))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.problem().status()).isEqualTo(409);
                    assertThat(refused.problem().type().toString()).endsWith("/fewer-places-than-volunteers");
                    assertThat(refused.problem().violations())
                            .extracting(org.guildhall.kit.problem.Problem.Violation::field)
                            .containsExactly("needed");
                });
        shift.change(shift.roleId(), START, START.plusSeconds(3600), 2);
        assertThat(shift.needed()).isEqualTo(2);
    }

    @Test
    void shouldRefuseToChangeACompletedShiftOrEndItBeforeItStarts() {
        Shift shift = deskShift(1);
        assertThatThrownBy(() -> shift.change(shift.roleId(), START, START, 1))
                .isInstanceOfSatisfying(ProblemException.class, refused -> assertThat(
                                refused.problem().violations())
                        .extracting(org.guildhall.kit.problem.Problem.Violation::field)
                        .containsExactly("endsAt"));
        shift.complete(START.plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> shift.change(shift.roleId(), START, START.plusSeconds(60), 1))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("completed");
    }
}
