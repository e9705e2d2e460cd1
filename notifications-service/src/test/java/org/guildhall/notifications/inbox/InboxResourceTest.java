package org.guildhall.notifications.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class InboxResourceTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Inject
    NotificationRepository notifications;

    @Test
    void shouldPageTheCallersOwnInboxNewestFirstAndFilterUnread() {
        String ada = "ada-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                notifications.persist(Notification.to(ada, "note", "note " + i, "body", start.plusSeconds(i)));
            }
            Notification read = Notification.to(ada, "note", "already read", "body", start.minusSeconds(60));
            read.markRead(start);
            notifications.persist(read);
            notifications.persist(Notification.to("someone-else", "note", "not yours", "body", start));
        });

        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("size", 2)
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("size", equalTo(2))
                .body("items.title", org.hamcrest.Matchers.contains("note 2", "note 1"));
        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("unread", true)
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3));
    }

    @Test
    void shouldRefuseAnOversizedPage() {
        given().auth()
                .oauth2(TOKENS.member("ada-" + UUID.randomUUID()))
                .queryParam("size", 1000)
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
    }

    @Test
    void shouldRequireAToken() {
        given().when().get("/notifications/me").then().statusCode(401);
        given().auth()
                .oauth2(TOKENS.forUser("ada").expired().sign())
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(401);
    }
}
