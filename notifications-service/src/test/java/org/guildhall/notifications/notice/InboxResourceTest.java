package org.guildhall.notifications.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class InboxResourceTest {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    @Inject
    NotificationRepository notifications;

    @Test
    void shouldPageTheCallersOwnInboxNewestFirstAndFilterUnread() {
        String ada = "ada-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                stored(ada, "note " + i, START.plusSeconds(i));
            }
            stored(ada, "already read", START.minusSeconds(60)).markRead(START);
            stored("someone-else", "not yours", START);
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
                .body("items.title", contains("note 2", "note 1"));
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
    void shouldCountUnreadAndMarkOneThenAllRead() {
        String ada = "ada-" + UUID.randomUUID();
        UUID first = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = stored(ada, "first", START).id();
            stored(ada, "second", START.plusSeconds(1));
            stored(ada, "third", START.plusSeconds(2));
            return id;
        });

        unreadCountOf(ada, 3);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .post("/notifications/" + first + "/read")
                .then()
                .statusCode(200)
                .body("readAt", notNullValue());
        unreadCountOf(ada, 2);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .post("/notifications/me/read")
                .then()
                .statusCode(200)
                .body("marked", equalTo(2));
        unreadCountOf(ada, 0);
    }

    @Test
    void shouldArchiveANotificationOutOfTheInbox() {
        String ada = "ada-" + UUID.randomUUID();
        UUID archived = QuarkusTransaction.requiringNew().call(() -> {
            stored(ada, "keep", START);
            return stored(ada, "archive me", START.plusSeconds(1)).id();
        });

        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .post("/notifications/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("archivedAt", notNullValue());
        given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .body("items.title", contains("keep"));
        unreadCountOf(ada, 1);
    }

    @Test
    void shouldNotLetAMemberReadOrArchiveAnotherMembersNotification() {
        UUID graces = QuarkusTransaction.requiringNew()
                .call(() ->
                        stored("grace-" + UUID.randomUUID(), "private", START).id());
        String ada = TOKENS.member("ada-" + UUID.randomUUID());

        given().auth()
                .oauth2(ada)
                .when()
                .post("/notifications/" + graces + "/read")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(ada)
                .when()
                .post("/notifications/" + graces + "/archive")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ada)
                .when()
                .post("/notifications/" + UUID.randomUUID() + "/read")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAMalformedIdAndAnOversizedPage() {
        String ada = TOKENS.member("ada-" + UUID.randomUUID());
        given().auth()
                .oauth2(ada)
                .when()
                .post("/notifications/not-a-uuid/read")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("id"));
        given().auth()
                .oauth2(ada)
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
        given().when().get("/notifications/me/unread-count").then().statusCode(401);
        given().when().post("/notifications/me/read").then().statusCode(401);
        given().when()
                .post("/notifications/" + UUID.randomUUID() + "/archive")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TOKENS.forUser("ada").expired().sign())
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldRefuseACallerWithoutTheMemberRole() {
        given().auth()
                .oauth2(TOKENS.forUser("stranger").roles("coordinator").sign())
                .when()
                .get("/notifications/me")
                .then()
                .statusCode(403);
    }

    private Notification stored(String memberId, String title, Instant at) {
        Notification notification =
                Notification.of(new Notice(UUID.randomUUID(), memberId, NoticeKind.WELCOME, title, "body"), true, at);
        notifications.persist(notification);
        return notification;
    }

    private static void unreadCountOf(String memberId, int expected) {
        given().auth()
                .oauth2(TOKENS.member(memberId))
                .when()
                .get("/notifications/me/unread-count")
                .then()
                .statusCode(200)
                .body("unread", equalTo(expected));
    }
}
