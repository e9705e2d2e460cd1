package org.guildhall.notifications.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class DeliveryResourceTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Inject
    Notifier notifier;

    @Test
    void shouldShowAMemberTheirOwnDeliveriesOnly() {
        String ada = "ada-" + UUID.randomUUID();
        String grace = "grace-" + UUID.randomUUID();
        told(ada);
        told(grace);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .get("/notifications/me/deliveries")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].memberId", equalTo(ada))
                // a member we never heard join may be on their way: the e-mail waits for them (issue 11)
                .body("items[0].status", equalTo("DEFERRED"));
    }

    @Test
    void shouldShowAnAdminEveryDeliveryAndTheStatistics() {
        String ada = "ada-" + UUID.randomUUID();
        told(ada);
        String admin = TOKENS.admin("admin-" + UUID.randomUUID());

        given().auth()
                .oauth2(admin)
                .queryParam("memberId", ada)
                .queryParam("status", "DEFERRED")
                .when()
                .get("/notifications/deliveries")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.memberId", everyItem(equalTo(ada)));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/notifications/deliveries/statistics")
                .then()
                .statusCode(200)
                .body("byStatus.DEFERRED", greaterThanOrEqualTo(1))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldNotShowAMemberEveryonesDeliveries() {
        String ada = TOKENS.member("ada-" + UUID.randomUUID());
        given().auth()
                .oauth2(ada)
                .when()
                .get("/notifications/deliveries")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(ada)
                .when()
                .get("/notifications/deliveries/statistics")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAnUnknownStatusNamingTheField() {
        given().auth()
                .oauth2(TOKENS.member("ada-" + UUID.randomUUID()))
                .queryParam("status", "LOST")
                .when()
                .get("/notifications/me/deliveries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("status"));
    }

    @Test
    void shouldRequireAToken() {
        given().when().get("/notifications/me/deliveries").then().statusCode(401);
        given().when().get("/notifications/deliveries").then().statusCode(401);
        given().when().get("/notifications/deliveries/statistics").then().statusCode(401);
    }

    private void told(String memberId) {
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.tell(new Notice(
                        UUID.randomUUID(), memberId, NoticeKind.CONNECTION_REQUESTED, "Hello " + Instant.now(), "b")));
    }
}
