package org.guildhall.members.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.profile.CareerStage;
import org.guildhall.members.profile.Profile;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration GRACE = Duration.ofDays(30);
    private static final Tier ASSOCIATE = new Tier("associate", "Associate", 12, false);
    private static final Tier FELLOW = new Tier("fellow", "Fellow", 24, true);

    private static Member activeAssociate() {
        return Member.join(
                "ada", "ada@example.org", Profile.basics("Ada", null, null, "Europe/London"), ASSOCIATE, NOW);
    }

    private static Member fellowApplicant() {
        return Member.join("grace", "grace@example.org", Profile.basics("Grace", null, null, null), FELLOW, NOW);
    }

    @Test
    void aJoinerOfATierWithoutApprovalShouldBeActiveForItsDuration() {
        Member ada = activeAssociate();

        assertThat(ada.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(ada.expiresAt()).isEqualTo(Instant.parse("2027-11-26T10:00:00Z"));
        assertThat(ada.joinTransition().from()).isNull();
        assertThat(ada.joined().status()).isEqualTo("ACTIVE");
    }

    @Test
    void aJoinerOfATierNeedingApprovalShouldWaitPendingUntilAnAdminApproves() {
        Member grace = fellowApplicant();
        assertThat(grace.status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(grace.expiresAt()).isNull();

        StatusTransition approval = grace.approve(FELLOW, NOW.plus(Duration.ofDays(2)));

        assertThat(approval.from()).isEqualTo(MembershipStatus.PENDING);
        assertThat(approval.to()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(grace.expiresAt()).isEqualTo(Instant.parse("2028-11-28T10:00:00Z"));
    }

    @Test
    void onlyAPendingMembershipShouldBeApproved() {
        assertThatThrownBy(() -> activeAssociate().approve(ASSOCIATE, NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("PENDING");
    }

    @Test
    void anExpiredMembershipShouldPassThroughGraceToLapsed() {
        Member ada = activeAssociate();
        Instant expiry = ada.expiresAt();

        assertThat(ada.expire(GRACE, expiry.minusSeconds(1))).isEmpty();
        assertThat(ada.expire(GRACE, expiry).orElseThrow().to()).isEqualTo(MembershipStatus.GRACE);
        assertThat(ada.expire(GRACE, expiry.plus(Duration.ofDays(10)))).isEmpty();
        StatusTransition lapse = ada.expire(GRACE, expiry.plus(GRACE)).orElseThrow();

        assertThat(lapse.from()).isEqualTo(MembershipStatus.GRACE);
        assertThat(lapse.to()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(ada.expire(GRACE, expiry.plus(Duration.ofDays(400)))).isEmpty();
    }

    @Test
    void aMembershipFoundLongPastItsGraceShouldLapseAtOnce() {
        Member ada = activeAssociate();

        assertThat(ada.expire(GRACE, ada.expiresAt().plus(Duration.ofDays(90)))
                        .orElseThrow()
                        .to())
                .isEqualTo(MembershipStatus.LAPSED);
    }

    @Test
    void renewingShouldRunOnFromTheExpiryOrFromNowWhenLapsed() {
        Member ada = activeAssociate();
        ada.renew(ASSOCIATE, NOW.plus(Duration.ofDays(100)));
        assertThat(ada.expiresAt()).isEqualTo(Instant.parse("2028-11-26T10:00:00Z"));

        Member lapsed = activeAssociate();
        lapsed.expire(GRACE, Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(lapsed.status()).isEqualTo(MembershipStatus.LAPSED);
        StatusTransition renewal = lapsed.renew(ASSOCIATE, Instant.parse("2028-02-01T00:00:00Z"));

        assertThat(renewal.to()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(lapsed.expiresAt()).isEqualTo(Instant.parse("2029-02-01T00:00:00Z"));
    }

    @Test
    void aPendingApplicationShouldNotBeRenewed() {
        assertThatThrownBy(() -> fellowApplicant().renew(FELLOW, NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aSuspensionShouldHoldUntilReinstatedAndThenFollowTheDates() {
        Member ada = activeAssociate();
        StatusTransition suspension = ada.suspend("Code of conduct", NOW.plusSeconds(60));
        assertThat(suspension.to()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(suspension.reason()).isEqualTo("Code of conduct");
        assertThat(ada.expire(GRACE, ada.expiresAt().plus(Duration.ofDays(1)))).isEmpty();
        assertThatThrownBy(() -> ada.suspend("again", NOW)).isInstanceOf(ProblemException.class);

        StatusTransition back = ada.reinstate(null, GRACE, ada.expiresAt().plus(Duration.ofDays(1)));

        assertThat(back.to()).isEqualTo(MembershipStatus.GRACE);
        assertThat(back.reason()).isEqualTo("Reinstated");
    }

    @Test
    void changingTierShouldKeepStatusAndExpiry() {
        Member ada = activeAssociate();
        Instant expiry = ada.expiresAt();

        StatusTransition change = ada.changeTier(FELLOW, null, NOW);

        assertThat(ada.tier()).isEqualTo("fellow");
        assertThat(change.to()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(change.expiresAt()).isEqualTo(expiry);
        assertThatThrownBy(() -> ada.changeTier(FELLOW, null, NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void erasingShouldRemovePersonalDataKeepTheRecordAndEndTheMembership() {
        Member ada = activeAssociate();
        ada.updateProfile(
                new Profile(
                        "Ada",
                        "Engineer",
                        "Bio",
                        "Software",
                        CareerStage.SENIOR,
                        "London",
                        "Europe/London",
                        List.of("Data Engineering"),
                        List.of(),
                        List.of("en"),
                        null,
                        null),
                NOW);

        StatusTransition end = ada.erase(NOW).orElseThrow();

        assertThat(end.to()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(ada.displayName()).isEqualTo(Member.ERASED_NAME);
        assertThat(ada.email()).isNull();
        assertThat(ada.profile().skills()).isEmpty();
        assertThat(ada.tier()).isEqualTo("associate");
        assertThatThrownBy(() -> ada.updateProfile(Profile.basics("Ada", null, null, null), NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aProfileShouldNormaliseItsTags() {
        Profile profile = new Profile(
                "Ada",
                null,
                null,
                " Financial Services ",
                null,
                null,
                null,
                List.of("Data  Engineering", "data-engineering", "Kotlin_Multiplatform"),
                null,
                null,
                null,
                null);

        assertThat(profile.industry()).isEqualTo("financial-services");
        assertThat(profile.skills()).containsExactly("data-engineering", "kotlin-multiplatform");
    }

    @Test
    void updatingTheProfileShouldReplaceItsFields() {
        Member ada = activeAssociate();

        ada.updateProfile(Profile.basics("Ada L.", null, "Paris", "Europe/Paris"), NOW.plusSeconds(60));

        assertThat(ada.profileUpdated(List.of()).headline()).isNull();
        assertThat(ada.profileUpdated(List.of()).location()).isEqualTo("Paris");
        assertThat(ada.profileUpdated(List.of()).updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
