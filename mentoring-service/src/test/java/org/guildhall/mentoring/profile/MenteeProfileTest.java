package org.guildhall.mentoring.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.Offer;
import org.junit.jupiter.api.Test;

class MenteeProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void shouldDeclareAndReviseWhatTheMenteeLooksFor() {
        MenteeProfile profile = MenteeProfile.declare(
                "ada",
                new MenteeTerms(
                        List.of("Lead a data team"),
                        List.of("data-engineering"),
                        List.of(),
                        List.of("en"),
                        List.of(Offer.LEADERSHIP),
                        true,
                        3),
                NOW);
        profile.revise(
                new MenteeTerms(List.of(), List.of("leadership"), List.of(), List.of(), List.of(), false, null),
                NOW.plusSeconds(1));

        assertThat(profile.topics()).containsExactly("leadership");
        assertThat(profile.mustShareLanguage()).isFalse();
        assertThat(profile.maxHoursApart()).isNull();
        assertThat(profile.updatedAt()).isEqualTo(NOW.plusSeconds(1));
    }
}
