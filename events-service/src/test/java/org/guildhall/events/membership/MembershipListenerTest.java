package org.guildhall.events.membership;

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
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MembershipListenerTest {

    private static final String EXAMPLE_ID = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";

    @Inject
    MemberStandingRepository standings;

    @Test
    void shouldKeepTheStandingOfMembersFromTheContractExamples() {
        String ada = "ada-" + UUID.randomUUID();
        UUID joinedId = UUID.randomUUID();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            String joined =
                    ContractExamples.example(MembershipEvents.MEMBER_JOINED).replace(EXAMPLE_ID, ada);
            membership.send(Topics.MEMBERSHIP, joinedId, MembershipEvents.MEMBER_JOINED.type(), ada, joined);
            membership.send(Topics.MEMBERSHIP, joinedId, MembershipEvents.MEMBER_JOINED.type(), ada, joined);
            String updated = ContractExamples.example(MembershipEvents.MEMBER_PROFILE_UPDATED)
                    .replace(EXAMPLE_ID, ada)
                    .replace("Ada Lovelace", "Ada King");
            membership.send(
                    Topics.MEMBERSHIP, UUID.randomUUID(), MembershipEvents.MEMBER_PROFILE_UPDATED.type(), ada, updated);
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> standing(ada).map(MemberStanding::displayName).orElse(""), "Ada King"::equals);
        MemberStanding standing = standing(ada).orElseThrow();
        assertThat(standing.isActive()).isTrue();
        assertThat(standing.tier()).isEqualTo("associate");
    }

    private Optional<MemberStanding> standing(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> standings.findByIdOptional(memberId));
    }
}
