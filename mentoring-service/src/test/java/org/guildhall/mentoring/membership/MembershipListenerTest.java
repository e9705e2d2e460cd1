package org.guildhall.mentoring.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.mentoring.fit.Offer;
import org.guildhall.mentoring.profile.MentorProfile;
import org.guildhall.mentoring.profile.MentorProfileRepository;
import org.guildhall.mentoring.profile.MentorTerms;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MembershipListenerTest {

    private static final String EXAMPLE_ID = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";

    @Inject
    MemberSnapshotRepository snapshots;

    @Inject
    MentorProfileRepository mentors;

    @Test
    void shouldKeepTheStandingOfMembersFromTheContractExamples() {
        String ada = "ada-" + UUID.randomUUID();
        UUID joinedId = UUID.randomUUID();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            String joined = example(MembershipEvents.MEMBER_JOINED, ada);
            membership.send(Topics.MEMBERSHIP, joinedId, MembershipEvents.MEMBER_JOINED.type(), ada, joined);
            membership.send(Topics.MEMBERSHIP, joinedId, MembershipEvents.MEMBER_JOINED.type(), ada, joined);
            String updated =
                    example(MembershipEvents.MEMBER_PROFILE_UPDATED, ada).replace("Ada Lovelace", "Ada King");
            send(membership, MembershipEvents.MEMBER_PROFILE_UPDATED, ada, updated);
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> snapshot(ada).map(MemberSnapshot::displayName).orElse(""), "Ada King"::equals);
        MemberSnapshot snapshot = snapshot(ada).orElseThrow();
        assertThat(snapshot.status()).isEqualTo("ACTIVE");
        assertThat(snapshot.timeZone()).isEqualTo("Europe/London");
        assertThat(snapshot.careerStage()).isEqualTo("SENIOR");
        assertThat(snapshot.industry()).isEqualTo("software");
        assertThat(snapshot.topics()).containsExactly("career-change", "machine-learning");
        assertThat(snapshot.languages()).containsExactly("en", "fr");
        assertThat(snapshot.goals()).extracting(MemberGoal::kind).containsExactly("FIND_MENTOR");
        // the example keeps the headline public and the goals private
        assertThat(snapshot.visibilityOf("headline")).isEqualTo(Visibility.PUBLIC);
        assertThat(snapshot.visibilityOf("goals")).isEqualTo(Visibility.PRIVATE);
        assertThat(snapshot.visibilityOf("careerStage")).isEqualTo(Visibility.MEMBERS);
    }

    @Test
    void shouldGateOnTheMembershipStatus() {
        String ada = "ada-" + UUID.randomUUID();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            send(membership, MembershipEvents.MEMBER_JOINED, ada, example(MembershipEvents.MEMBER_JOINED, ada));
            send(
                    membership,
                    MembershipEvents.MEMBERSHIP_STATUS_CHANGED,
                    ada,
                    example(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, ada));
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> snapshot(ada).map(MemberSnapshot::status).orElse(""), "GRACE"::equals);
        assertThat(snapshot(ada).orElseThrow().active()).isTrue();
    }

    @Test
    void aMemberNeverSeenShouldBecomeKnownFromTheirStatusAndNotFromTheirProfile() {
        // docs/messaging.md, read models: an event that carries the standing makes the snapshot, one that does not
        // waits
        String bob = "bob-" + UUID.randomUUID();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            send(
                    membership,
                    MembershipEvents.MEMBER_PROFILE_UPDATED,
                    bob,
                    example(MembershipEvents.MEMBER_PROFILE_UPDATED, bob));
            send(
                    membership,
                    MembershipEvents.MEMBERSHIP_STATUS_CHANGED,
                    bob,
                    example(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, bob));
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> snapshot(bob).map(MemberSnapshot::status).orElse(""), "GRACE"::equals);
        MemberSnapshot snapshot = snapshot(bob).orElseThrow();
        assertThat(snapshot.active()).isTrue();
        assertThat(snapshot.displayName())
                .as("the profile came before anything made bob known")
                .isNull();
    }

    @Test
    void shouldPurgeAnErasedMemberFromMentoring() {
        String ada = "ada-" + UUID.randomUUID();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            send(membership, MembershipEvents.MEMBER_JOINED, ada, example(MembershipEvents.MEMBER_JOINED, ada));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshot(ada).isPresent());
        QuarkusTransaction.requiringNew()
                .run(() -> mentors.persist(MentorProfile.publish(
                        ada,
                        new MentorTerms(
                                java.util.List.of("leadership"),
                                java.util.List.of(),
                                java.util.List.of(Offer.LEADERSHIP),
                                java.util.List.of("en"),
                                "Europe/London",
                                2,
                                true),
                        java.time.Instant.now())));

        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            send(membership, MembershipEvents.MEMBER_ERASED, ada, example(MembershipEvents.MEMBER_ERASED, ada));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> snapshot(ada).isEmpty());
        assertThat(QuarkusTransaction.requiringNew().call(() -> mentors.findByIdOptional(ada)))
                .isEmpty();
    }

    private static String example(EventType<?> type, String memberId) {
        return ContractExamples.example(type).replace(EXAMPLE_ID, memberId);
    }

    private static void send(TopicWriter writer, EventType<?> type, String memberId, String payload) {
        writer.send(Topics.MEMBERSHIP, UUID.randomUUID(), type.type(), memberId, payload);
    }

    private Optional<MemberSnapshot> snapshot(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> snapshots.findByIdOptional(memberId));
    }
}
