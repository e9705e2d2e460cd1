package org.guildhall.notifications.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

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

/** Webhooks to a real receiver on loopback, driven by the dispatcher on a moved clock. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class WebhooksTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String JOINED = MembershipEvents.MEMBER_JOINED.type();
    private static final String STATUS_CHANGED = MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type();

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSettings settings;

    @Test
    void shouldDeliverSignedEventsInOrderRetryingWithTheSameWebhookId() throws Exception {
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());
        try (WebhookReceiver receiver = WebhookReceiver.failingTwiceThenAccepting()) {
            String endpoint = register(admin, receiver, List.of(JOINED, STATUS_CHANGED));
            Scenario scenario = new Scenario();
            UUID joined = scenario.send(MembershipEvents.MEMBER_JOINED);
            UUID statusChanged = scenario.send(MembershipEvents.MEMBERSHIP_STATUS_CHANGED);
            awaitPlanned(admin, endpoint, 2);

            for (int round = 0; round < 10 && receiver.actedOn().size() < 2; round++) {
                dispatcher.dispatchDue();
                TestClock.CLOCK.advance(settings.maxBackoff());
            }

            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).allMatch(WebhookReceiver.Received::signatureValid);
            // the status change waited until its member's joining was through: in order per aggregate
            assertThat(received)
                    .extracting(WebhookReceiver.Received::webhookId, WebhookReceiver.Received::answer)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(joined.toString(), 500),
                            org.assertj.core.groups.Tuple.tuple(joined.toString(), 500),
                            org.assertj.core.groups.Tuple.tuple(joined.toString(), 200),
                            org.assertj.core.groups.Tuple.tuple(statusChanged.toString(), 500),
                            org.assertj.core.groups.Tuple.tuple(statusChanged.toString(), 500),
                            org.assertj.core.groups.Tuple.tuple(statusChanged.toString(), 200));
            assertThat(receiver.actedOn()).containsExactly(joined.toString(), statusChanged.toString());
            assertThat(receiver.actedTwice()).isEmpty();
            JsonPath body = JsonPath.from(received.get(2).body());
            assertThat(body.getString("type")).isEqualTo(JOINED);
            assertThat(body.getString("data.memberId")).isEqualTo(scenario.id(Scenario.ADA));

            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/webhooks/endpoints/{id}/deliveries", endpoint)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(2))
                    .body("items.status", equalTo(List.of("DELIVERED", "DELIVERED")))
                    .body("items.attempts", equalTo(List.of(3, 3)))
                    .body("items.webhookId", hasItem(joined.toString()));
        }
    }

    @Test
    void shouldDisableAnEndpointThatKeepsFailingAndTellTheAdministrator() throws Exception {
        String adminId = "admin-" + UUID.randomUUID();
        String admin = TOKENS.admin(adminId);
        try (WebhookReceiver receiver = new WebhookReceiver(nth -> 503)) {
            String endpoint = register(admin, receiver, List.of(JOINED));
            new Scenario().send(MembershipEvents.MEMBER_JOINED);
            awaitPlanned(admin, endpoint, 1);

            for (int attempt = 0; attempt < settings.maxAttempts() + 2; attempt++) {
                dispatcher.dispatchDue();
                TestClock.CLOCK.advance(settings.maxBackoff());
            }

            assertThat(receiver.received()).hasSize(settings.maxAttempts());
            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/webhooks/endpoints/{id}", endpoint)
                    .then()
                    .statusCode(200)
                    .body("enabled", equalTo(false))
                    .body("disabledReason", startsWith("a delivery of " + JOINED + " failed"));
            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/webhooks/endpoints/{id}/deliveries", endpoint)
                    .then()
                    .body("items[0].status", equalTo("FAILED"))
                    .body("items[0].attempts", equalTo(settings.maxAttempts()))
                    .body("items[0].lastStatusCode", equalTo(503))
                    .body("items[0].lastError", equalTo("answered 503"));
            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/notifications/me")
                    .then()
                    .statusCode(200)
                    .body("items.kind", hasItem("webhook-disabled"));
        }
    }

    @Test
    void shouldNotFollowARedirect() throws Exception {
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());
        try (WebhookReceiver receiver = new WebhookReceiver(nth -> 307)) {
            String endpoint = register(admin, receiver, List.of(JOINED));
            new Scenario().send(MembershipEvents.MEMBER_JOINED);
            awaitPlanned(admin, endpoint, 1);

            dispatcher.dispatchDue();

            assertThat(receiver.received())
                    .extracting(WebhookReceiver.Received::webhookId)
                    .doesNotContain("elsewhere");
            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/webhooks/endpoints/{id}/deliveries", endpoint)
                    .then()
                    .body("items[0].status", equalTo("PENDING"))
                    .body("items[0].lastError", equalTo("answered 307 (redirects are not followed)"));
        }
    }

    @Test
    void shouldRefuseUrlsThatAreNotHttpOrReachPrivateAddresses() {
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());
        for (String url : List.of(
                "ftp://example.org/hook",
                "file:///etc/passwd",
                "http://10.1.2.3/hook",
                "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[fd00::1]/hook",
                "http://0.0.0.0/hook",
                "http://user:pw@127.0.0.1/hook")) {
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of(JOINED)))
                    .when()
                    .post("/webhooks/endpoints")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("url"));
        }
    }

    @Test
    void shouldRefuseAnUnknownEventTypeOrABadSecret() {
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of(JOINED, "guildhall.nothing.v1")))
                .when()
                .post("/webhooks/endpoints")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("eventTypes[1]"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of(JOINED), "secret", "hunter2"))
                .when()
                .post("/webhooks/endpoints")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("secret"));
    }

    @Test
    void shouldLetOnlyAdministratorsManageWebhooks() {
        Map<String, Object> body = Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of(JOINED));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/webhooks/endpoints")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TOKENS.member("m-" + UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/webhooks/endpoints")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.coordinator("c-" + UUID.randomUUID()))
                .when()
                .get("/webhooks/endpoints")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.admin("a-" + UUID.randomUUID()))
                .when()
                .get("/webhooks/endpoints/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private static String register(String admin, WebhookReceiver receiver, List<String> types) {
        JsonPath created = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", types, "description", "CRM"))
                .when()
                .post("/webhooks/endpoints")
                .then()
                .statusCode(201)
                .body("enabled", equalTo(true))
                .body("secret", startsWith("whsec_"))
                .extract()
                .jsonPath();
        receiver.secret(created.getString("secret"));
        String id = created.getString("id");
        given().auth()
                .oauth2(admin)
                .when()
                .get("/webhooks/endpoints/{id}", id)
                .then()
                .statusCode(200)
                .body("url", equalTo(receiver.url()))
                .body("secret", equalTo(null));
        return id;
    }

    private static void awaitPlanned(String admin, String endpoint, int deliveries) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(admin)
                .when()
                .get("/webhooks/endpoints/{id}/deliveries", endpoint)
                .then()
                .body("totalItems", equalTo(deliveries)));
    }
}
