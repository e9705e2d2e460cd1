package org.guildhall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.guildhall.contracts.membership.MembershipEvents;

/**
 * What a service's inbox (the kit's {@code processed_message} table) recorded, for tests that hand a channel a batch
 * ({@link PolledRecords}).
 */
public final class InboxState {

    private InboxState() {}

    /**
     * How many PostgreSQL transactions recorded the batch's messages as processed: the distinct {@code xmin} of their
     * {@code processed_message} rows, which the inbox writes in the handlers' transaction. Fails when a message of the
     * batch was not recorded at all.
     */
    public static long transactionsThatHandled(DataSource dataSource, List<ConsumerRecord<String, String>> batch)
            throws Exception {
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

    /**
     * Hands a service's membership channel one batch with a fresh member's {@code MemberJoined},
     * {@code MembershipStatusChanged}, {@code MemberProfileUpdated} and {@code MemberErased} (the contract examples),
     * then checks that one transaction handled it (not one message at a time after the batch failed) and that no row
     * of the service's database names the member ({@link PersonalDataSearch}): docs/messaging.md, "An erasure flushes
     * first".
     */
    public static void assertErasedInTheBatchThatJoined(
            Consumer<ConsumerRecords<String, String>> membershipChannel, DataSource dataSource) throws Exception {
        String ada = "ada-" + UUID.randomUUID();
        String name = "Ada Qx" + ada.substring(4, 12);
        String email = "ada." + ada.substring(4, 12) + "@example.org";
        Map<String, String> as = Map.of("Ada Lovelace", name, "ada@example.org", email);
        List<ConsumerRecord<String, String>> batch = List.of(
                PolledRecords.example(MembershipEvents.MEMBER_JOINED, ada, as),
                PolledRecords.example(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, ada, as),
                PolledRecords.example(MembershipEvents.MEMBER_PROFILE_UPDATED, ada, as),
                PolledRecords.example(MembershipEvents.MEMBER_ERASED, ada, as));

        membershipChannel.accept(PolledRecords.batch(batch));

        assertThat(transactionsThatHandled(dataSource, batch))
                .as("the batch is handled in one transaction, not one message at a time after it failed")
                .isEqualTo(1);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(PersonalDataSearch.whereFound(connection, ada, name, email))
                    .isEmpty();
        }
    }
}
