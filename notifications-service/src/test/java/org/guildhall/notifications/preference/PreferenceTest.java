package org.guildhall.notifications.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.notifications.preference.EmailDecision.Outcome;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Channel;
import org.junit.jupiter.api.Test;

class PreferenceTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void shouldSendEverythingAtOnceByDefault() {
        Preference defaults = Preference.defaultsFor("ada", NOW);

        assertThat(defaults.decideEmail(Category.EVENTS, false, LONDON, NOW)).isEqualTo(EmailDecision.sendAt(NOW));
        assertThat(defaults.allows(Category.MENTORING, Channel.INBOX)).isTrue();
    }

    @Test
    void shouldDeferUntilQuietHoursEndInTheMembersOwnZone() {
        // 22:00-07:00 in Tokyo; 15:00 UTC is midnight in Tokyo but only 15:00 in London
        Preference quiet = withQuietHours("22:00", "07:00");
        Instant midnightInTokyo = Instant.parse("2026-11-26T15:00:00Z");

        EmailDecision inTokyo = quiet.decideEmail(Category.EVENTS, false, TOKYO, midnightInTokyo);
        EmailDecision inLondon = quiet.decideEmail(Category.EVENTS, false, LONDON, midnightInTokyo);

        assertThat(inTokyo.outcome()).isEqualTo(Outcome.DEFER);
        assertThat(inTokyo.dueAt()).isEqualTo(Instant.parse("2026-11-26T22:00:00Z")); // 07:00 on the 27th in Tokyo
        assertThat(inLondon.outcome()).isEqualTo(Outcome.SEND_NOW);
    }

    @Test
    void shouldEndEveningQuietHoursOnTheNextMorning() {
        Preference quiet = withQuietHours("22:00", "07:00");
        Instant lateEveningInLondon = Instant.parse("2026-11-26T23:30:00Z");

        assertThat(quiet.quietHoursEnd(LONDON, lateEveningInLondon)).contains(Instant.parse("2026-11-27T07:00:00Z"));
        assertThat(quiet.quietHoursEnd(LONDON, Instant.parse("2026-11-26T07:00:00Z")))
                .isEmpty();
    }

    @Test
    void shouldHandleQuietHoursWithinOneDay() {
        Preference lunch = withQuietHours("12:00", "14:00");

        assertThat(lunch.quietHoursEnd(LONDON, Instant.parse("2026-11-26T12:30:00Z")))
                .contains(Instant.parse("2026-11-26T14:00:00Z"));
        assertThat(lunch.quietHoursEnd(LONDON, Instant.parse("2026-11-26T14:00:00Z")))
                .isEmpty();
    }

    @Test
    void shouldBatchIntoTheNextDailyDigestAtTheMembersLocalHour() {
        Preference digest = Preference.defaultsFor("ada", NOW);
        digest.change(EmailMode.DAILY_DIGEST, 8, null, null, "Asia/Tokyo", Set.of(), NOW);

        EmailDecision decision = digest.decideEmail(Category.CONNECTIONS, false, TOKYO, NOW); // 19:00 in Tokyo

        assertThat(decision.outcome()).isEqualTo(Outcome.BATCH);
        assertThat(decision.dueAt()).isEqualTo(Instant.parse("2026-11-26T23:00:00Z")); // 08:00 on the 27th in Tokyo
        assertThat(digest.nextDigestAt(TOKYO, Instant.parse("2026-11-26T22:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T23:00:00Z"));
    }

    @Test
    void shouldSendCriticalOnesThroughDigestAndQuietHoursButNeverThroughAnOptOut() {
        Preference strict = Preference.defaultsFor("ada", NOW);
        strict.change(
                EmailMode.DAILY_DIGEST,
                8,
                LocalTime.parse("00:00"),
                LocalTime.parse("23:59"),
                null,
                Set.of(new ChannelOptOut(Category.MEMBERSHIP, Channel.EMAIL)),
                NOW);

        assertThat(strict.decideEmail(Category.EVENTS, true, LONDON, NOW).outcome())
                .isEqualTo(Outcome.SEND_NOW);
        assertThat(strict.decideEmail(Category.MEMBERSHIP, true, LONDON, NOW).outcome())
                .isEqualTo(Outcome.SUPPRESS);
        assertThat(strict.allows(Category.MEMBERSHIP, Channel.INBOX)).isTrue();
    }

    @Test
    void shouldRefuseHalfQuietHoursAndABadHour() {
        Preference preference = Preference.defaultsFor("ada", NOW);

        assertThatThrownBy(() -> preference.change(EmailMode.IMMEDIATE, 8, LocalTime.NOON, null, null, Set.of(), NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> preference.change(EmailMode.IMMEDIATE, 24, null, null, null, Set.of(), NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldReadHoursInItsOwnZoneThenTheProfilesThenUtc() {
        Preference preference = Preference.defaultsFor("ada", NOW);
        assertThat(preference.zone(java.util.Optional.empty())).isEqualTo(ZoneId.of("UTC"));
        assertThat(preference.zone(java.util.Optional.of("Europe/London"))).isEqualTo(LONDON);
        preference.change(EmailMode.IMMEDIATE, 8, null, null, "Asia/Tokyo", Set.of(), NOW);
        assertThat(preference.zone(java.util.Optional.of("Europe/London"))).isEqualTo(TOKYO);
    }

    private static Preference withQuietHours(String from, String until) {
        Preference preference = Preference.defaultsFor("ada", NOW);
        preference.change(EmailMode.IMMEDIATE, 8, LocalTime.parse(from), LocalTime.parse(until), null, Set.of(), NOW);
        return preference;
    }
}
