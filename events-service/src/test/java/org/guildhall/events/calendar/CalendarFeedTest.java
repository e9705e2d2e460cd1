package org.guildhall.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aFeedShouldBeIssuedWithAnUnguessableSecret() {
        CalendarFeed feed = CalendarFeed.issue("ada", NOW);

        assertThat(feed.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(CalendarFeed.issue("ada", NOW).secret()).isNotEqualTo(feed.secret());
    }

    @Test
    void rotatingShouldReplaceTheSecret() {
        CalendarFeed feed = CalendarFeed.issue("ada", NOW);
        String old = feed.secret();

        feed.rotate(NOW.plusSeconds(60));

        assertThat(feed.secret()).isNotEqualTo(old);
        assertThat(feed.rotatedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
