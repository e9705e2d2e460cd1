package org.guildhall.members.connection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ConnectionTest {

    @Test
    void aRequestAcceptedShouldConnectBothAndPublishEachStep() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");

        String requestId = request(ada, grace).then().statusCode(201).extract().path("id");
        given().auth()
                .oauth2(Community.member(grace))
                .get("/connections/requests")
                .then()
                .body("items.id", hasItem(requestId))
                .body("items[0].note", equalTo("We met at the summit"));
        given().auth()
                .oauth2(Community.member(ada))
                .post("/connections/requests/{id}/acceptance", requestId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.member(grace))
                .post("/connections/requests/{id}/acceptance", requestId)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(ada));

        given().auth()
                .oauth2(Community.member(ada))
                .get("/connections")
                .then()
                .body("items.memberId", equalTo(List.of(grace)))
                .body("items[0].displayName", equalTo("Grace Tester"));
        given().auth()
                .oauth2(Community.member(ada))
                .get("/members/me/contributions")
                .then()
                .body("connectionsMade", equalTo(1));

        given().auth()
                .oauth2(Community.member(grace))
                .delete("/connections/{other}", ada)
                .then()
                .statusCode(204);
        given().auth().oauth2(Community.member(ada)).get("/connections").then().body("totalItems", equalTo(0));

        try (TopicReader membership =
                TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP)) {
            awaitOne(membership, MembershipEvents.CONNECTION_REQUESTED, requestId);
            await().atMost(Duration.ofSeconds(30)).until(() -> membership.records().stream()
                    .filter(record -> of(record, MembershipEvents.CONNECTION_REMOVED))
                    .anyMatch(record -> record.value().contains(ada)));
            membership.records().stream()
                    .filter(record -> of(record, MembershipEvents.CONNECTION_ESTABLISHED)
                            || of(record, MembershipEvents.CONNECTION_REMOVED))
                    .forEach(record -> ContractExamples.assertConforms(
                            MembershipEvents.CONNECTION_ESTABLISHED.type().equals(type(record))
                                    ? MembershipEvents.CONNECTION_ESTABLISHED
                                    : MembershipEvents.CONNECTION_REMOVED,
                            record.value()));
        }
    }

    @Test
    void shouldRefuseSelfDuplicateAndBlockedRequests() {
        String ada = Community.activeMember("ada");
        String eve = Community.activeMember("eve");

        request(ada, ada).then().statusCode(400).body("type", endsWith("/self-connection"));
        request(ada, "nobody-at-all").then().statusCode(404);
        String requestId = request(eve, ada).then().statusCode(201).extract().path("id");
        request(eve, ada).then().statusCode(409).body("type", endsWith("/request-pending"));
        request(ada, eve).then().statusCode(409);

        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("block", true))
                .post("/connections/requests/{id}/decline", requestId)
                .then()
                .statusCode(204);
        request(eve, ada).then().statusCode(409).body("type", endsWith("/connection-refused"));
        given().auth()
                .oauth2(Community.member(ada))
                .post("/connections/requests/{id}/acceptance", requestId)
                .then()
                .statusCode(409)
                .body("type", endsWith("/request-decided"));
    }

    @Test
    void theRequesterShouldWithdrawAndOnlyTheRequester() {
        String ada = Community.activeMember("ada");
        String linus = Community.activeMember("linus");
        String requestId = request(ada, linus).then().statusCode(201).extract().path("id");

        given().auth()
                .oauth2(Community.member(linus))
                .delete("/connections/requests/{id}", requestId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.member(Community.activeMember("stranger")))
                .delete("/connections/requests/{id}", requestId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Community.member(ada))
                .delete("/connections/requests/{id}", requestId)
                .then()
                .statusCode(204);
        request(ada, linus).then().statusCode(201);
    }

    @Test
    void shouldValidateTheRequestAndNeedAToken() {
        String ada = Community.activeMember("ada");
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", "", "note", "x".repeat(501)))
                .post("/connections/requests")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("recipientId"))
                .body("violations.field", hasItem("note"));
        given().get("/connections").then().statusCode(401);
    }

    private static io.restassured.response.Response request(String from, String to) {
        return given().auth()
                .oauth2(Community.member(from))
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", to, "note", "We met at the summit"))
                .post("/connections/requests");
    }

    private static void awaitOne(TopicReader membership, EventType<?> type, String key) {
        membership.awaitConforming(type, key, "members-service");
    }

    private static boolean of(
            org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, EventType<?> type) {
        return type.type().equals(type(record));
    }

    private static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        return TopicReader.header(record, CloudEventHeaders.TYPE);
    }
}
