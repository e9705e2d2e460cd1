package org.guildhall.mentoring.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.junit.jupiter.api.Test;

class MemberSnapshotTest {

    private static <P> P example(org.guildhall.contracts.EventType<P> type) {
        return ContractExamples.read(type, ContractExamples.example(type));
    }

    @Test
    void shouldTakeWhatMatchingNeedsFromTheProfile() {
        MemberSnapshot snapshot = MemberSnapshot.joined(example(MembershipEvents.MEMBER_JOINED));

        snapshot.profileUpdated(example(MembershipEvents.MEMBER_PROFILE_UPDATED));

        assertThat(snapshot.industry()).isEqualTo("software");
        assertThat(snapshot.careerStage()).isEqualTo("SENIOR");
        assertThat(snapshot.topics()).containsExactly("career-change", "machine-learning");
        assertThat(snapshot.languages()).containsExactly("en", "fr");
        assertThat(snapshot.openTo()).contains("MENTORING_OTHERS");
        assertThat(snapshot.goals())
                .extracting(MemberGoal::description)
                .containsExactly("Find a mentor in data engineering");
    }

    @Test
    void shouldStayInGoodStandingInGraceAndStopWhenTheMembershipLapses() {
        MemberJoined joined = example(MembershipEvents.MEMBER_JOINED);
        MemberSnapshot snapshot = MemberSnapshot.joined(joined);
        assertThat(snapshot.active()).isTrue();

        MembershipStatusChanged lapsed = example(MembershipEvents.MEMBERSHIP_STATUS_CHANGED);
        snapshot.statusChanged(lapsed);

        assertThat(snapshot.status()).isEqualTo("GRACE");
        assertThat(snapshot.active())
                .as("GRACE is good standing, as in members-service")
                .isTrue();

        snapshot.statusChanged(new MembershipStatusChanged(
                lapsed.memberId(),
                "GRACE",
                "LAPSED",
                lapsed.tier(),
                lapsed.expiresAt(),
                "lapsed",
                lapsed.changedAt().plusSeconds(60)));
        assertThat(snapshot.active()).isFalse();
    }

    @Test
    void shouldTolerateAProfileWithoutLists() {
        MemberSnapshot snapshot = MemberSnapshot.joined(example(MembershipEvents.MEMBER_JOINED));
        MemberProfileUpdated sparse = new MemberProfileUpdated(
                snapshot.memberId(),
                "Ada",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                java.time.Instant.now());

        snapshot.profileUpdated(sparse);

        assertThat(snapshot.topics()).isEmpty();
        assertThat(snapshot.goals()).isEmpty();
    }
}
