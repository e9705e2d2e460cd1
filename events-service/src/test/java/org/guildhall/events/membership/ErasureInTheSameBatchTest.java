package org.guildhall.events.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.PolledRecords;
import org.junit.jupiter.api.Test;

/**
 * A member's erasure in the same polled batch as the events that made their rows (docs/messaging.md, "An erasure
 * flushes first"): the inbox handles the batch in one transaction, which must commit as it is, and nothing of the
 * member may be left.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureInTheSameBatchTest {

    private static final String EXAMPLE_ID = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";

    @Inject
    MembershipListener listener;

    @Inject
    DataSource dataSource;

    @Test
    void shouldEraseInTheBatchsTransactionAMemberWhoJoinedInTheSameBatch() throws Exception {
        String ada = "ada-" + UUID.randomUUID();
        String name = "Ada Qx" + ada.substring(4, 12);
        String email = "ada." + ada.substring(4, 12) + "@example.org";
        List<ConsumerRecord<String, String>> batch = List.of(
                record(MembershipEvents.MEMBER_JOINED, ada, name, email),
                record(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, ada, name, email),
                record(MembershipEvents.MEMBER_PROFILE_UPDATED, ada, name, email),
                record(MembershipEvents.MEMBER_ERASED, ada, name, email));

        listener.consume(PolledRecords.batch(batch));

        assertThat(transactionsThatHandled(batch))
                .as("the batch is handled in one transaction, not one message at a time after it failed")
                .isEqualTo(1);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(PersonalDataSearch.whereFound(connection, ada, name, email))
                    .isEmpty();
        }
    }

    private static ConsumerRecord<String, String> record(EventType<?> type, String ada, String name, String email) {
        String payload = ContractExamples.example(type)
                .replace(EXAMPLE_ID, ada)
                .replace("Ada Lovelace", name)
                .replace("ada@example.org", email);
        return PolledRecords.record(type.topic(), UUID.randomUUID(), type.type(), ada, payload);
    }

    /** How many PostgreSQL transactions ({@code xmin}) recorded the batch's messages as processed. */
    private long transactionsThatHandled(List<ConsumerRecord<String, String>> batch) throws Exception {
        UUID[] ids = batch.stream().map(PolledRecords::eventId).toArray(UUID[]::new);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*), count(distinct xmin::text) from processed_message where message_id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                assertThat(result.getLong(1))
                        .as("every message of the batch handled")
                        .isEqualTo(ids.length);
                return result.getLong(2);
            }
        }
    }
}
