package org.guildhall.events.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.junit.jupiter.api.Test;

class MemberSnapshotTest {

    private static final MemberJoined JOINED = ContractExamples.examplePayload(MembershipEvents.MEMBER_JOINED);

    private static MembershipStatusChanged change(String to, String tier, Instant at) {
        return new MembershipStatusChanged(JOINED.memberId(), "ACTIVE", to, tier, null, "test", at);
    }

    @Test
    void aMemberInGraceShouldKeepTheirStandingUntilTheMembershipLapses() {
        MemberSnapshot standing = MemberSnapshot.joined(JOINED);

        MembershipStatusChanged lapsed = ContractExamples.examplePayload(MembershipEvents.MEMBERSHIP_STATUS_CHANGED);
        standing.statusChanged(new MembershipStatusChanged(
                lapsed.memberId(),
                lapsed.from(),
                lapsed.to(),
                lapsed.tier(),
                lapsed.expiresAt(),
                lapsed.reason(),
                JOINED.joinedAt().plusSeconds(60)));

        assertThat(standing.status()).isEqualTo("GRACE");
        assertThat(standing.isActive())
                .as("GRACE is good standing, as in members-service")
                .isTrue();
        assertThat(standing.tier()).isEqualTo("professional");
        assertThat(standing.expiresAt()).isNotNull();

        standing.statusChanged(
                change("LAPSED", "professional", JOINED.joinedAt().plusSeconds(120)));
        assertThat(standing.isActive()).isFalse();
    }

    @Test
    void olderNewsShouldNotOverwriteNewer() {
        MemberSnapshot standing = MemberSnapshot.joined(JOINED);
        standing.statusChanged(
                change("SUSPENDED", "associate", JOINED.joinedAt().plusSeconds(60)));

        standing.statusChanged(change("ACTIVE", "fellow", JOINED.joinedAt().plusSeconds(30)));

        assertThat(standing.status()).isEqualTo("SUSPENDED");
    }

    @Test
    void aStatusChangeShouldIntroduceAMemberNeverSeenJoining() {
        MemberSnapshot standing = MemberSnapshot.fromStatusChange(change("ACTIVE", "fellow", JOINED.joinedAt()));

        assertThat(standing.isActive()).isTrue();
        assertThat(standing.tier()).isEqualTo("fellow");
        assertThat(standing.displayName()).isNull();
    }
}
