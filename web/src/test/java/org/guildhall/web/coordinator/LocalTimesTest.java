package org.guildhall.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    @Test
    void aLocalTimeTypedForAnEventShouldBeTheInstantWhenClocksThereShowIt() {
        assertThat(LocalTimes.instant("2027-07-01T18:00", ZoneId.of("Asia/Tokyo")))
                .contains(Instant.parse("2027-07-01T09:00:00Z"));
        assertThat(LocalTimes.field(Instant.parse("2027-07-01T09:00:00Z"), "Asia/Tokyo"))
                .isEqualTo("2027-07-01T18:00");
    }

    @Test
    void aBlankFieldShouldBeNoTimeAndAnythingElseRefused() {
        assertThat(LocalTimes.instant(" ", ZoneId.of("UTC"))).isEmpty();
        assertThatThrownBy(() -> LocalTimes.instant("tomorrow", ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalTimes.zone("Mars/Olympus")).isEmpty();
        assertThat(LocalTimes.zone("Europe/London")).contains(ZoneId.of("Europe/London"));
    }
}
