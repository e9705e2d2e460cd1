package org.guildhall.notifications.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.membership.MembershipListener;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.PolledRecords;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Webhook bodies of an erased member are erased (issue 16): what was sent, and what was still waiting to be. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class WebhookErasureTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String JOINED = MembershipEvents.MEMBER_JOINED.type();
    private static final String PROFILE_UPDATED = MembershipEvents.MEMBER_PROFILE_UPDATED.type();

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookIntake intake;

    @Inject
    DataSource dataSource;

    @Inject
    MembershipListener membership;

    @Test
    void shouldEraseTheKeptBodiesOfAnErasedMemberAndNotSendWhatWasWaiting() throws Exception {
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());
        try (WebhookReceiver accepting = new WebhookReceiver(nth -> 200);
                WebhookReceiver failing = new WebhookReceiver(nth -> 500)) {
            String delivered = register(admin, accepting, List.of(JOINED));
            String waiting = register(admin, failing, List.of(JOINED));
            Scenario scenario = new Scenario();
            UUID joined = scenario.send(MembershipEvents.MEMBER_JOINED);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(log(admin, delivered).getInt("totalItems")).isEqualTo(1);
                assertThat(log(admin, waiting).getInt("totalItems")).isEqualTo(1);
            });
            dispatcher.dispatchDue();
            assertThat(log(admin, delivered).getList("items.status")).containsExactly("DELIVERED");
            assertThat(log(admin, waiting).getList("items.status")).containsExactly("PENDING");
            assertThat(failing.received()).hasSize(1);
            assertThat(body(joined)).contains("Ada Lovelace", "ada@example.org");

            scenario.send(MembershipEvents.MEMBER_ERASED);

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(body(joined)).doesNotContain("Ada", "ada@example.org"));
            assertThat(body(joined)).doesNotContain(scenario.id(Scenario.ADA));
            JsonPath kept = log(admin, delivered);
            assertThat(kept.getList("items.status")).containsExactly("DELIVERED");
            assertThat(kept.getList("items.subject")).containsExactly("erased");
            assertThat(log(admin, waiting).getInt("totalItems")).isZero();
            TestClock.CLOCK.advance(settings.maxBackoff());
            dispatcher.dispatchDue();
            assertThat(failing.received())
                    .as("the retry that was waiting is not sent")
                    .hasSize(1);
        }
    }

    /**
     * The webhook consumer keeps a polled batch in one transaction: what the batch kept of the member before their
     * {@code MemberErased} is erased too, not only what earlier batches kept.
     */
    @Test
    void shouldEraseWhatTheSameBatchKeptBeforeTheMemberWasErased() throws Exception {
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String name = "Ada Wh" + mark;
        String email = "ada.wh." + mark + "@example.org";
        Map<String, String> as = Map.of("Ada Lovelace", name, "ada@example.org", email);
        try (WebhookReceiver receiver = new WebhookReceiver(nth -> 200)) {
            String endpoint = register(admin, receiver, List.of(JOINED, PROFILE_UPDATED));
            Scenario scenario = new Scenario();
            ConsumerRecord<String, String> joined = scenario.record(MembershipEvents.MEMBER_JOINED, as);
            ConsumerRecord<String, String> updated = scenario.record(MembershipEvents.MEMBER_PROFILE_UPDATED, as);

            intake.take(List.of(joined, updated, scenario.record(MembershipEvents.MEMBER_ERASED, as)));

            for (ConsumerRecord<String, String> kept : List.of(joined, updated)) {
                assertErased(admin, endpoint, PolledRecords.eventId(kept));
            }
            assertNothingFoundAndRemove(admin, endpoint, scenario.id(Scenario.ADA), name, email);
        }
    }

    /**
     * An event that names a member and reaches the webhook consumer after the member's erasure (docs/messaging.md, "An
     * erasure outlasts late events"): it is kept, and erased at once as the erasure would have.
     */
    @Test
    void shouldEraseALateEventThatNamesAMemberErasedBefore() throws Exception {
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());
        String confirmed = EventsEvents.REGISTRATION_CONFIRMED.type();
        try (WebhookReceiver receiver = new WebhookReceiver(nth -> 200)) {
            String endpoint = register(admin, receiver, List.of(confirmed));
            Scenario scenario = new Scenario();
            membership.consume(PolledRecords.batch(List.of(
                    scenario.record(MembershipEvents.MEMBER_JOINED, Map.of()),
                    scenario.record(MembershipEvents.MEMBER_ERASED, Map.of()))));
            ConsumerRecord<String, String> late = scenario.record(EventsEvents.REGISTRATION_CONFIRMED, Map.of());

            intake.take(List.of(late));

            assertErased(admin, endpoint, PolledRecords.eventId(late));
            assertNothingFoundAndRemove(admin, endpoint, scenario.id(Scenario.ADA));
        }
    }

    /** The kept event lost its body, and nothing of it waits to be sent to the endpoint. */
    private void assertErased(String admin, String endpoint, UUID id) {
        assertThat(body(id)).isEqualTo(WebhookDeliveryRepository.ERASED_BODY);
        assertThat(log(admin, endpoint).getList("items.webhookId"))
                .as("nothing about the member waits to be sent")
                .doesNotContain(id.toString());
    }

    /** No table holds any of the needles; then the endpoint goes, so that other tests' events are not kept for it. */
    private void assertNothingFoundAndRemove(String admin, String endpoint, String... needles) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(PersonalDataSearch.whereFound(connection, needles)).isEmpty();
        }
        given().auth()
                .oauth2(admin)
                .delete("/webhooks/endpoints/{id}", endpoint)
                .then()
                .statusCode(204);
    }

    private String body(UUID messageId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.bodyOf(messageId));
    }

    private static JsonPath log(String admin, String endpoint) {
        return given().auth()
                .oauth2(admin)
                .get("/webhooks/endpoints/{id}/deliveries", endpoint)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String register(String admin, WebhookReceiver receiver, List<String> types) {
        JsonPath created = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", types, "description", "CRM"))
                .post("/webhooks/endpoints")
                .then()
                .statusCode(201)
                .body("enabled", equalTo(true))
                .body("secret", startsWith("whsec_"))
                .extract()
                .jsonPath();
        receiver.secret(created.getString("secret"));
        return created.getString("id");
    }
}
