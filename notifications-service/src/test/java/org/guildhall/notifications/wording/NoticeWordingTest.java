package org.guildhall.notifications.wording;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The words of notices: every language complete, times in the reader's zone, relative words at their now. */
class NoticeWordingTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String BERLIN = "Europe/Berlin";

    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .build();

    private final Wording wording = new Wording(ENGINE);

    @Test
    void everyLanguageShouldHoldEveryKeyOfTheEnglishBundle() throws IOException {
        Set<String> english = keys("messages/notices.properties");
        for (Locale language : Wording.LANGUAGES) {
            if (!language.equals(Locale.ENGLISH)) {
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(keys("messages/notices_" + language.getLanguage() + ".properties"));
                assertThat(missing).as("keys missing in " + language).isEmpty();
            }
        }
    }

    @Test
    void everyKindShouldHaveATitleABodyAndAClosingLineInEveryLanguage() throws IOException {
        for (Locale language : Wording.LANGUAGES) {
            Set<String> keys = keys(
                    language.equals(Locale.ENGLISH)
                            ? "messages/notices.properties"
                            : "messages/notices_" + language.getLanguage() + ".properties");
            for (NoticeKind kind : NoticeKind.values()) {
                assertThat(keys).contains(kind.slug() + ".title", kind.slug() + ".body", kind.slug() + ".action");
            }
        }
    }

    @Test
    void aKeyALanguageLacksShouldFallBackToEnglish() {
        Wording partial = new Wording(ENGINE, "messages.fallback-check");

        assertThat(partial.text(Locale.GERMAN, "greeting", Map.of("name", "Ada")))
                .isEqualTo("Hallo Ada");
        assertThat(partial.text(Locale.GERMAN, "farewell", Map.of("name", "Ada")))
                .isEqualTo("Goodbye Ada");
        assertThat(partial.text(Locale.FRENCH, "greeting", Map.of("name", "Ada")))
                .isEqualTo("Hello Ada");
    }

    @Test
    void aTokyoMemberShouldSeeABerlinEventInBerlinTimeAndTheirOwn() {
        Moment start = new Moment(Instant.parse("2027-07-01T16:00:00Z"), BERLIN);

        assertThat(wording.moment(start, reader(Locale.ENGLISH, TOKYO, "2027-06-20T10:00:00Z")))
                .isEqualTo("Thu 1 July, 18:00 in Berlin (01:00 Fri in Tokyo)");
        assertThat(wording.moment(start, reader(Locale.GERMAN, TOKYO, "2027-06-20T10:00:00Z")))
                .isEqualTo("Do. 1. Juli, 18:00 in Berlin (01:00 Fr. in Tokyo)");
    }

    @Test
    void aMemberInTheEventsZoneShouldSeeOneTime() {
        Moment start = new Moment(Instant.parse("2027-07-01T16:00:00Z"), BERLIN);

        assertThat(wording.moment(start, reader(Locale.ENGLISH, ZoneId.of(BERLIN), "2027-06-20T10:00:00Z")))
                .isEqualTo("Thu 1 July, 18:00");
    }

    @Test
    void aLondonMemberShouldBeRemindedOfAnEventThreeHoursAwayAsInThreeHoursNotTomorrow() {
        Draft reminder = Draft.of(UUID.randomUUID(), "ada", NoticeKind.EVENT_REMINDER)
                .with("event", "Summit")
                .with("startsAt", new Moment(Instant.parse("2027-07-01T18:00:00Z"), "Europe/London"));

        Notice notice = wording.notice(reminder, reader(Locale.ENGLISH, LONDON, "2027-07-01T15:00:00Z"));

        assertThat(notice.title()).isEqualTo("In 3 hours: Summit");
        assertThat(notice.body()).isEqualTo("Summit starts in 3 hours: Thu 1 July, 19:00.");
    }

    @Test
    void relativeWordsShouldFollowTheMembersDateAroundMidnight() {
        // 23:30 in London; 10:00 the next morning is tomorrow there
        assertThat(wording.relative(
                        Moment.at(Instant.parse("2027-07-02T09:00:00Z")),
                        reader(Locale.ENGLISH, LONDON, "2027-07-01T22:30:00Z")))
                .isEqualTo("tomorrow");
        // the same instant is already 07:30 on the 2nd in Tokyo: 18:00 that day is today there
        assertThat(wording.relative(
                        Moment.at(Instant.parse("2027-07-02T09:00:00Z")),
                        reader(Locale.ENGLISH, TOKYO, "2027-07-01T22:30:00Z")))
                .isEqualTo("today");
        // 23:50 to 00:20 in Tokyo crosses midnight but is half an hour away
        assertThat(wording.relative(
                        Moment.at(Instant.parse("2027-07-01T15:20:00Z")),
                        reader(Locale.GERMAN, TOKYO, "2027-07-01T14:50:00Z")))
                .isEqualTo("in 30 Minuten");
        assertThat(wording.relative(
                        Moment.at(Instant.parse("2027-07-05T09:00:00Z")),
                        reader(Locale.GERMAN, LONDON, "2027-07-01T22:30:00Z")))
                .isEqualTo("in 4 Tagen");
    }

    @Test
    void timesShouldFollowDaylightSavingChangesOfEachZone() {
        // 28 March 2027: Europe moves its clocks at 01:00 UTC; before that London is UTC+0 and Berlin UTC+1
        Moment beforeTheChange = new Moment(Instant.parse("2027-03-28T00:30:00Z"), BERLIN);
        assertThat(wording.moment(beforeTheChange, reader(Locale.ENGLISH, LONDON, "2027-03-27T12:00:00Z")))
                .isEqualTo("Sun 28 March, 01:30 in Berlin (00:30 in London)");
        Moment afterTheChange = Moment.at(Instant.parse("2027-03-28T12:00:00Z"));
        assertThat(wording.moment(afterTheChange, reader(Locale.ENGLISH, LONDON, "2027-03-27T12:00:00Z")))
                .isEqualTo("Sun 28 March, 13:00");
        // the day before the change is still "tomorrow" although it is 23 hours long
        assertThat(wording.relative(afterTheChange, reader(Locale.ENGLISH, LONDON, "2027-03-27T12:00:00Z")))
                .isEqualTo("tomorrow");
        // New York has moved already (14 March), London not yet: four hours apart, not five
        Moment londonEvening = new Moment(Instant.parse("2027-03-20T18:00:00Z"), "Europe/London");
        assertThat(wording.moment(londonEvening, reader(Locale.ENGLISH, NEW_YORK, "2027-03-10T12:00:00Z")))
                .isEqualTo("Sat 20 March, 18:00 in London (14:00 in New York)");
    }

    static Stream<Draft> reminders() {
        Moment soon = new Moment(Instant.parse("2027-07-01T18:00:00Z"), BERLIN);
        return Stream.of(
                Draft.of(UUID.randomUUID(), "ada", NoticeKind.EVENT_REMINDER)
                        .with("event", "Summit")
                        .with("startsAt", soon),
                Draft.of(UUID.randomUUID(), "ada", NoticeKind.SHIFT_REMINDER)
                        .with("role", "Usher")
                        .with("startsAt", soon),
                Draft.of(UUID.randomUUID(), "ada", NoticeKind.SEAT_OFFER_EXPIRING)
                        .with("event", "Summit")
                        .with("claimBy", Moment.at(Instant.parse("2027-07-01T17:00:00Z"))),
                Draft.of(UUID.randomUUID(), "ada", NoticeKind.EVENT_FOLLOW_UP)
                        .with("event", "Summit")
                        .names("connected", Map.of("linus", "Linus Torvalds"))
                        .names("met", Map.of()),
                Draft.of(UUID.randomUUID(), "ada", NoticeKind.RENEWAL_REMINDER)
                        .with("lastWeek", true)
                        .with("expiresAt", Moment.at(Instant.parse("2027-07-08T00:00:00Z"))),
                Draft.of(UUID.randomUUID(), "ada", NoticeKind.MENTORSHIP_CHECK_IN)
                        .name("other", "grace", "Grace Hopper")
                        .with("quietSince", Moment.at(Instant.parse("2027-06-01T10:00:00Z"))));
    }

    @ParameterizedTest
    @MethodSource("reminders")
    void everyReminderShouldBeWordedInEveryLanguageWithNothingLeftUnfilled(Draft draft) {
        for (Locale language : Wording.LANGUAGES) {
            Notice notice = wording.notice(draft, reader(language, TOKYO, "2027-07-01T15:00:00Z"));
            for (String text : List.of(notice.title(), notice.body())) {
                assertThat(text).isNotBlank().doesNotContain("{", "}", "NOT_FOUND", "null");
            }
        }
    }

    private static Reader reader(Locale language, ZoneId zone, String now) {
        return new Reader(language, zone, Instant.parse(now));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoticeWordingTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
