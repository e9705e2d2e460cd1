package org.guildhall.notifications.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.notifications.Scenario.ADA;
import static org.guildhall.notifications.Scenario.GRACE;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.SealedData;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.notifications.MemberDataCollected;
import org.guildhall.contracts.notifications.NotificationsEvents;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.Scenario;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicReader;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * notifications-service's part of a member's archive, over the real broker: a {@code MemberDataRequested} on
 * guildhall.membership is answered on guildhall.notifications with the member's notifications and preferences, sealed
 * for the requester, and nothing of anyone else; once the member is erased, the published part leaves the outbox and a
 * later request finds nothing.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MemberDataCollectorTest {

    private static final TopicReader notifications = TopicReader.shared(Topics.NOTIFICATIONS);

    @Inject
    DataSource dataSource;

    @Test
    void shouldAnswerWithTheMembersNotificationsAndPreferencesOnlyAndForgetThemOnErasure() throws Exception {
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);
        String grace = scenario.id(GRACE);
        scenario.send(MembershipEvents.MEMBER_JOINED);
        scenario.send(MembershipEvents.CONNECTION_REQUESTED);
        given().auth()
                .oauth2(TestTokens.shared().member(ada))
                .contentType(ContentType.JSON)
                .body(
                        """
                        {"emailMode": "DAILY_DIGEST", "digestHour": 7, "timeZone": "Asia/Tokyo",
                         "quietHours": {"from": "22:00", "until": "06:30"}, "language": "de",
                         "channels": [{"category": "MENTORING", "inbox": true, "email": false}]}
                        """)
                .put("/notifications/me/preferences")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !Inboxes.of(ada).isEmpty() && !Inboxes.of(grace).isEmpty());
        KeyPair requester = SealedData.newKeyPair();

        MemberDataCollected part = requestAndAwait(ada, requester);

        assertThat(part.memberId()).isEqualTo(ada);
        assertThat(part.service()).isEqualTo("notifications-service");
        JsonNode tables = opened(part, requester).get("tables");
        assertThat(tables.fieldNames())
                .toIterable()
                .contains("notification", "preference", "channel_opt_out", "member_contact")
                .doesNotContain("outbox", "processed_message", "webhook_endpoint");
        assertThat(tables.get("notification"))
                .allSatisfy(row -> assertThat(row.get("member_id").asText()).isEqualTo(ada));
        assertThat(tables.get("preference").get(0).toString())
                .contains("Asia/Tokyo", "22:00", "06:30", "\"language\":\"de\"", "DAILY_DIGEST");
        assertThat(tables.toString())
                .as("grace's notification that ada asked to connect is grace's, not ada's")
                .doesNotContain(grace);

        scenario.send(MembershipEvents.MEMBER_ERASED);
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRowsNaming(ada) == 0);
        assertThat(opened(requestAndAwait(ada, requester), requester).get("tables"))
                .isEmpty();
    }

    private static MemberDataCollected requestAndAwait(String memberId, KeyPair requester) throws Exception {
        String exportId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            writer.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBER_DATA_REQUESTED.type(),
                    memberId,
                    ContractExamples.LENIENT.writeValueAsString(new MemberDataRequested(
                            exportId, memberId, SealedData.publicKeyText(requester.getPublic()), Instant.now())));
        }
        ConsumerRecord<String, String> answer = notifications.awaitConforming(
                NotificationsEvents.MEMBER_DATA_COLLECTED, exportId, "notifications-service");
        return ContractExamples.read(NotificationsEvents.MEMBER_DATA_COLLECTED, answer.value());
    }

    private static JsonNode opened(MemberDataCollected part, KeyPair requester) throws Exception {
        return ContractExamples.LENIENT.readTree(new String(
                SealedData.open(part.sealed(), SealedData.privateKeyText(requester.getPrivate())),
                StandardCharsets.UTF_8));
    }

    private long outboxRowsNaming(String memberId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select count(*) from outbox where payload ->> 'memberId' = ?")) {
            select.setString(1, memberId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
