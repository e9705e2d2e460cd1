package org.guildhall.members.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aJoinerShouldBeActiveInTheDefaultTier() {
        Member ada = Member.join("ada", "ada@example.org", new Profile(" Ada ", null, null, "Europe/London"), NOW);

        assertThat(ada.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(ada.tier()).isEqualTo("associate");
        assertThat(ada.displayName()).isEqualTo("Ada");
        assertThat(ada.joined().joinedAt()).isEqualTo(NOW);
        assertThat(ada.joined().status()).isEqualTo("ACTIVE");
    }

    @Test
    void updatingTheProfileShouldReplaceItsFields() {
        Member ada = Member.join("ada", "ada@example.org", new Profile("Ada", "Engineer", "London", null), NOW);

        ada.updateProfile(new Profile("Ada L.", null, "Paris", "Europe/Paris"), NOW.plusSeconds(60));

        assertThat(ada.profileUpdated().headline()).isNull();
        assertThat(ada.profileUpdated().location()).isEqualTo("Paris");
        assertThat(ada.profileUpdated().updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
