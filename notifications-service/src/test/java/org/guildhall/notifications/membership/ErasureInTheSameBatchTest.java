package org.guildhall.notifications.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.notifications.Scenario.ADA;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Scenario;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.InboxState;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.PolledRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A member's erasure in the same polled batch as the events that made their rows: the inbox handles the batch in one
 * transaction, so the erasure runs while what the earlier events wrote may still wait in the persistence context for
 * the flush. The batch must commit as it is (not fail and fall back to one transaction per message), and nothing of
 * the member may be left, whichever of the channel's events came before the erasure.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureInTheSameBatchTest {

    @Inject
    MembershipListener listener;

    @Inject
    DataSource dataSource;

    /** Every type the membership channel handles, MemberJoined first (it comes first in every batch below). */
    static Stream<EventType<?>> shouldEraseInTheBatchsTransactionWhatTheSameBatchWrote() {
        return Stream.of(
                MembershipEvents.MEMBER_JOINED,
                MembershipEvents.MEMBER_INVITED,
                MembershipEvents.MEMBER_PROFILE_UPDATED,
                MembershipEvents.MEMBERSHIP_STATUS_CHANGED,
                MembershipEvents.CONNECTION_REQUESTED,
                MembershipEvents.CONNECTION_ESTABLISHED,
                MembershipEvents.CONNECTION_REMOVED,
                MembershipEvents.INTRODUCTION_REQUESTED,
                MembershipEvents.INTRODUCTION_FORWARDED,
                MembershipEvents.INTRODUCTION_ACCEPTED,
                MembershipEvents.INTRODUCTION_DECLINED,
                MembershipEvents.INTRODUCTION_EXPIRED);
    }

    @ParameterizedTest(name = "MemberJoined, {0}, MemberErased")
    @MethodSource
    void shouldEraseInTheBatchsTransactionWhatTheSameBatchWrote(EventType<?> before) throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String name = "Ada Qx" + mark;
        String email = "ada." + mark + "@example.org";
        Map<String, String> as = Map.of("Ada Lovelace", name, "ada@example.org", email);
        Scenario scenario = new Scenario();
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        batch.add(scenario.record(MembershipEvents.MEMBER_JOINED, as));
        if (before != MembershipEvents.MEMBER_JOINED) {
            batch.add(scenario.record(before, as));
        }
        batch.add(scenario.record(MembershipEvents.MEMBER_ERASED, as));

        listener.consume(PolledRecords.batch(batch));

        assertThat(InboxState.transactionsThatHandled(dataSource, batch))
                .as("the batch is handled in one transaction, not one message at a time after it failed")
                .isEqualTo(1);
        assertThat(whereFound(scenario.id(ADA), name, email)).isEmpty();
    }

    private List<String> whereFound(String... needles) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataSearch.whereFound(connection, needles);
        }
    }
}
