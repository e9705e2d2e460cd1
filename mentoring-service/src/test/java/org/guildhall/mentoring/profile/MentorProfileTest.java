package org.guildhall.mentoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.Offer;
import org.junit.jupiter.api.Test;

class MentorProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    static MentorTerms takingMentees(int capacity, boolean accepting) {
        return new MentorTerms(
                List.of("data-engineering"),
                List.of("software"),
                List.of(Offer.TECHNICAL_DEPTH),
                List.of("en"),
                "Europe/London",
                capacity,
                accepting);
    }

    @Test
    void shouldPublishTermsAndReviseThem() {
        MentorProfile profile = MentorProfile.publish("grace", takingMentees(2, true), NOW);
        profile.revise(takingMentees(4, false), NOW.plusSeconds(60));

        assertThat(profile.capacity()).isEqualTo(4);
        assertThat(profile.acceptingRequests()).isFalse();
        assertThat(profile.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void shouldTakeMenteesUpToCapacityAndNoFurther() {
        MentorProfile profile = MentorProfile.publish("grace", takingMentees(2, true), NOW);
        profile.takeMentee();
        profile.takeMentee();

        assertThat(profile.atCapacity()).isTrue();
        assertThatThrownBy(profile::takeMentee)
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("2 of your 2");
    }

    @Test
    void shouldRefuseACapacityBelowTheCurrentMentees() {
        MentorProfile profile = MentorProfile.publish("grace", takingMentees(2, true), NOW);
        profile.takeMentee();
        profile.takeMentee();

        assertThatThrownBy(() -> profile.revise(takingMentees(1, true), NOW))
                .isInstanceOf(ProblemException.class)
                .satisfies(e ->
                        assertThat(((ProblemException) e).problem().status()).isEqualTo(409));
    }

    @Test
    void shouldFreeAPlaceWhenAMentorshipFinishes() {
        MentorProfile profile = MentorProfile.publish("grace", takingMentees(1, true), NOW);
        profile.takeMentee();
        profile.releaseMentee();
        profile.releaseMentee();

        assertThat(profile.activeMentees()).isZero();
        profile.requireOpenToRequests();
    }

    @Test
    void shouldCountCohortMenteesBeyondThePersonalCapacity() {
        MentorProfile profile = MentorProfile.publish("grace", takingMentees(0, true), NOW);
        profile.takeCohortMentee();

        assertThat(profile.activeMentees()).isEqualTo(1);
    }

    @Test
    void shouldTurnAwayRequestsWhenNotAcceptingOrFull() {
        MentorProfile paused = MentorProfile.publish("grace", takingMentees(2, false), NOW);
        assertThatThrownBy(paused::requireOpenToRequests).hasMessageContaining("does not accept");

        MentorProfile full = MentorProfile.publish("linus", takingMentees(1, true), NOW);
        full.takeMentee();
        assertThatThrownBy(full::requireOpenToRequests).hasMessageContaining("no room");
    }
}
