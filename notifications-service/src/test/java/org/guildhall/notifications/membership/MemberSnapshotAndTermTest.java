package org.guildhall.notifications.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberSnapshotAndTermTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void shouldKeepKnownContactFieldsWhenAnUpdateLeavesThemOut() {
        MemberSnapshot contact = MemberSnapshot.of("ada", "Ada Lovelace", "ada@example.org", "Europe/London", NOW);

        contact.update(null, "ada@analytical.org", null, NOW.plusSeconds(1));

        assertThat(contact.displayName()).contains("Ada Lovelace");
        assertThat(contact.email()).contains("ada@analytical.org");
        assertThat(contact.timeZone()).contains("Europe/London");
    }

    @Test
    void shouldAwaitRenewalOnlyWhenActiveWithAnEnd() {
        MembershipTerm term = MembershipTerm.startedAt("ada", "ACTIVE", "associate", NOW);
        assertThat(term.awaitsRenewal()).isFalse();

        term.change("ACTIVE", "associate", NOW.plusSeconds(86_400), NOW.plusSeconds(1));
        assertThat(term.awaitsRenewal()).isTrue();
        term.change("GRACE", "associate", NOW.plusSeconds(86_400), NOW.plusSeconds(2));
        assertThat(term.awaitsRenewal()).isFalse();
    }

    @Test
    void shouldIgnoreAStatusChangeOlderThanTheOneKnown() {
        MembershipTerm term = MembershipTerm.startedAt("ada", "ACTIVE", "associate", NOW);

        term.change("LAPSED", "associate", null, NOW.minusSeconds(60));

        assertThat(term.status()).isEqualTo("ACTIVE");
    }

    @Test
    void shouldSeeTheOtherSideOfAConnectionFromEitherMember() {
        ConnectionMade connection = ConnectionMade.between("c1", "ada", "grace", NOW);

        assertThat(connection.otherThan("ada")).isEqualTo("grace");
        assertThat(connection.otherThan("grace")).isEqualTo("ada");
    }
}
