package org.guildhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.guildhall.web.shell.When;
import org.junit.jupiter.api.Test;

/** Times read in the viewer's zone, with the event's own local time named when its zone differs. */
class WhenTest {

    private static final Instant BERLIN_SIX_PM = Instant.parse("2027-07-01T16:00:00Z");

    @Test
    void shouldShowAMemberInTokyoTheirOwnTimeAndTheEventsTimeInBerlin() {
        assertThat(When.at(BERLIN_SIX_PM, ZoneId.of("Asia/Tokyo"), "Europe/Berlin"))
                .isEqualTo("Fri 2 Jul 2027, 01:00 Asia/Tokyo (18:00 Thu in Europe/Berlin)");
    }

    @Test
    void shouldNameTheZoneOnceWhenTheMemberIsInTheEventsZone() {
        assertThat(When.at(BERLIN_SIX_PM, ZoneId.of("Europe/Berlin"), "Europe/Berlin"))
                .isEqualTo("Thu 1 Jul 2027, 18:00 (Europe/Berlin)");
    }

    @Test
    void shouldFollowDaylightSavingTimeOfTheEventsZone() {
        Instant winter = Instant.parse("2027-01-14T17:00:00Z");

        assertThat(When.at(winter, ZoneId.of("Europe/London"), "Europe/Berlin"))
                .isEqualTo("Thu 14 Jan 2027, 17:00 Europe/London (18:00 Thu in Europe/Berlin)");
    }

    @Test
    void shouldSayNothingForNoInstant() {
        assertThat(When.at(null, ZoneId.of("UTC"), "Europe/Berlin")).isEmpty();
    }
}
