package org.guildhall.mentoring.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class MentorshipTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Mentorship graceMentorsAda() {
        return MentorshipRequestTest.adaAsksGrace().accept(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void shouldBeCompletedByEitherSideWithFeedback() {
        Mentorship mentorship = graceMentorsAda();

        mentorship.complete("ada", "Thank you", NOW);

        assertThat(mentorship.status()).isEqualTo(MentorshipStatus.COMPLETED);
        assertThat(mentorship.feedback()).isEqualTo("Thank you");
        assertThat(mentorship.completed().completedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldBeEndedEarlyWithAReason() {
        Mentorship mentorship = graceMentorsAda();

        mentorship.end("grace", "Changed roles", null, NOW);

        assertThat(mentorship.status()).isEqualTo(MentorshipStatus.ENDED);
        assertThat(mentorship.ended().endedBy()).isEqualTo("grace");
        assertThat(mentorship.ended().reason()).isEqualTo("Changed roles");
    }

    @Test
    void shouldNotFinishTwice() {
        Mentorship mentorship = graceMentorsAda();
        mentorship.complete("grace", null, NOW);

        assertThatThrownBy(() -> mentorship.end("ada", null, null, NOW))
                .isInstanceOf(ProblemException.class)
                .satisfies(e ->
                        assertThat(((ProblemException) e).problem().status()).isEqualTo(409));
    }

    @Test
    void shouldLetOnlyThePairAct() {
        Mentorship mentorship = graceMentorsAda();

        assertThatThrownBy(() -> mentorship.complete("mallory", null, NOW))
                .isInstanceOf(ProblemException.class)
                .satisfies(e ->
                        assertThat(((ProblemException) e).problem().status()).isEqualTo(403));
        assertThatThrownBy(() -> mentorship.logSession("mallory", LocalDate.of(2026, 12, 1), 30, List.of(), null, NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldLogSessionsWhileActive() {
        Mentorship mentorship = graceMentorsAda();

        MentorshipSession session =
                mentorship.logSession("grace", LocalDate.of(2026, 12, 1), 45, List.of("career-change"), "Secret", NOW);

        assertThat(session.privateNotes()).isEqualTo("Secret");
        assertThat(session.logged(mentorship).durationMinutes()).isEqualTo(45);
        assertThat(session.logged(mentorship).menteeId()).isEqualTo("ada");
        mentorship.end("ada", null, null, NOW);
        assertThatThrownBy(() -> mentorship.logSession("grace", LocalDate.of(2026, 12, 2), 30, List.of(), null, NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldMarkGoalsProgressed() {
        Mentorship mentorship = graceMentorsAda();

        mentorship.progressGoal("ada", "Lead a data team", NOW);
        mentorship.progressGoal("ada", "Speak at a conference", NOW);

        assertThat(mentorship.goals())
                .containsExactly(
                        new MentorshipGoal("Lead a data team", NOW), new MentorshipGoal("Speak at a conference", NOW));
    }

    @Test
    void shouldStartFromACohortProgrammeWithoutARequest() {
        UUID programme = UUID.randomUUID();

        Mentorship mentorship = Mentorship.fromProgramme(programme, "grace", "ada", List.of(), NOW);

        assertThat(mentorship.accepted().programmeId()).isEqualTo(programme.toString());
        assertThat(mentorship.accepted().requestId()).isNull();
    }
}
