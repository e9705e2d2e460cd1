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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Scenario;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Webhook bodies of an erased member are erased (issue 16): what was sent, and what was still waiting to be. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class WebhookErasureTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String JOINED = MembershipEvents.MEMBER_JOINED.type();

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSettings settings;

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
