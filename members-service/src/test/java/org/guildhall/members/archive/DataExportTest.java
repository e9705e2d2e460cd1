package org.guildhall.members.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.SealedData;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.contracts.notifications.NotificationsEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The member's own data archive, end to end over the real broker: the request published, the other three services'
 * parts played here as those services answer (sealed with the request's key, on their own topics), the archive
 * assembled once every part is in and downloaded by its member only.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class DataExportTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static TopicReader membership;
    private static TopicWriter writer;

    @BeforeAll
    static void connect() {
        membership = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP);
        writer = new TopicWriter(KafkaBroker.shared().bootstrapServers());
    }

    @AfterAll
    static void close() {
        membership.close();
        writer.close();
    }

    @Test
    void shouldWaitForEveryOtherServicesPartAndThenHoldFourFilesForTheMemberOnly() throws Exception {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        Community.connect(ada, grace);

        String location = given().auth()
                .oauth2(Community.member(ada))
                .post("/members/me/data-exports")
                .then()
                .statusCode(202)
                .body("status", equalTo("COLLECTING"))
                .body(
                        "waitingFor",
                        equalTo(List.of(
                                "members-service", "events-service", "mentoring-service", "notifications-service")))
                .extract()
                .header("Location");
        given().auth()
                .oauth2(Community.member(ada))
                .get(location + "/archive")
                .then()
                .statusCode(409)
                .body("type", endsWith("/archive-not-ready"));

        ConsumerRecord<String, String> requested = awaitRequest(ada);
        ContractExamples.assertConforms(MembershipEvents.MEMBER_DATA_REQUESTED, requested.value());
        MemberDataRequested request = ContractExamples.read(MembershipEvents.MEMBER_DATA_REQUESTED, requested.value());
        assertThat(location).endsWith("/members/me/data-exports/" + request.exportId());
        String eventsPart = "{\"service\":\"events-service\",\"registrations\":[\"" + ada + " at the summit\"]}";
        String mentoringPart = "{\"service\":\"mentoring-service\",\"mentorship\":[\"" + ada + " with Grace\"]}";
        String notificationsPart = "{\"service\":\"notifications-service\",\"notification\":[\"Welcome\"]}";
        answerAs(EventsEvents.MEMBER_DATA_COLLECTED, request, eventsPart);
        answerAs(MentoringEvents.MEMBER_DATA_COLLECTED, request, mentoringPart);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> status(ada, location).getList("received").size() == 2);
        assertThat(status(ada, location).getString("status")).isEqualTo("COLLECTING");
        assertThat(status(ada, location).getList("waitingFor"))
                .containsExactly("members-service", "notifications-service");

        answerAs(NotificationsEvents.MEMBER_DATA_COLLECTED, request, notificationsPart);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "READY".equals(status(ada, location).getString("status")));
        byte[] archive = given().auth()
                .oauth2(Community.member(ada))
                .get(location + "/archive")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        Map<String, String> files = unzipped(archive);
        assertThat(files)
                .containsOnlyKeys(
                        "members-service.json",
                        "events-service.json",
                        "mentoring-service.json",
                        "notifications-service.json");
        assertThat(files.get("events-service.json")).isEqualTo(eventsPart);
        assertThat(files.get("mentoring-service.json")).isEqualTo(mentoringPart);
        assertThat(files.get("notifications-service.json")).isEqualTo(notificationsPart);
        assertThat(files.get("members-service.json"))
                .contains("\"member\"", "\"connection\"", "\"membership_status_change\"", "Ada Tester", ada)
                .doesNotContain("\"outbox\"", "\"member_data_export\"");

        given().auth().oauth2(Community.member(grace)).get(location).then().statusCode(404);
        given().auth()
                .oauth2(Community.member(grace))
                .get(location + "/archive")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Community.admin())
                .get(location + "/archive")
                .then()
                .statusCode(404);
        given().post("/members/me/data-exports").then().statusCode(401);
    }

    @Test
    void shouldLeaveWhatAnErasureRemovedOutOfALaterArchive() throws Exception {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        Community.connect(ada, grace);
        given().auth()
                .oauth2(Community.member(ada))
                .delete("/members/me")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada Anew"))
                .post("/members")
                .then()
                .statusCode(201);

        String location = given().auth()
                .oauth2(Community.member(ada))
                .post("/members/me/data-exports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        MemberDataRequested request = ContractExamples.read(
                MembershipEvents.MEMBER_DATA_REQUESTED, awaitRequest(ada).value());
        answerAs(EventsEvents.MEMBER_DATA_COLLECTED, request, "{}");
        answerAs(MentoringEvents.MEMBER_DATA_COLLECTED, request, "{}");
        answerAs(NotificationsEvents.MEMBER_DATA_COLLECTED, request, "{}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "READY".equals(status(ada, location).getString("status")));

        String members = unzipped(given().auth()
                        .oauth2(Community.member(ada))
                        .get(location + "/archive")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .get("members-service.json");
        assertThat(members).contains("Ada Anew").doesNotContain("Ada Tester", grace, "We met at the summit");
    }

    @Test
    void shouldDropAPartSealedForAnotherMembersRequest() throws Exception {
        String linus = Community.activeMember("linus");
        String location = given().auth()
                .oauth2(Community.member(linus))
                .post("/members/me/data-exports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        MemberDataRequested request = ContractExamples.read(
                MembershipEvents.MEMBER_DATA_REQUESTED, awaitRequest(linus).value());

        answerAs(
                EventsEvents.MEMBER_DATA_COLLECTED,
                new MemberDataRequested(request.exportId(), "someone-else", request.publicKey(), request.requestedAt()),
                "{}");

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(12)).until(() -> "COLLECTING"
                .equals(given().auth()
                        .oauth2(Community.member(linus))
                        .get(location)
                        .then()
                        .extract()
                        .path("status")));
    }

    private static ConsumerRecord<String, String> awaitRequest(String memberId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !requests(memberId).isEmpty());
        return requests(memberId).get(0);
    }

    private static List<ConsumerRecord<String, String>> requests(String memberId) {
        return membership.recordsWithKey(memberId).stream()
                .filter(record -> MembershipEvents.MEMBER_DATA_REQUESTED
                        .type()
                        .equals(TopicReader.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }

    /** Publishes {@code part} as the service that owns {@code type}'s topic answers: sealed with the request's key. */
    private static void answerAs(EventType<?> type, MemberDataRequested request, String part) throws Exception {
        String service = type.topic().substring("guildhall.".length()) + "-service";
        Map<String, Object> collected = Map.of(
                "exportId",
                request.exportId(),
                "memberId",
                request.memberId(),
                "service",
                service,
                "sealed",
                SealedData.seal(part.getBytes(StandardCharsets.UTF_8), request.publicKey()),
                "collectedAt",
                Instant.now().toString());
        String payload = JSON.writeValueAsString(collected);
        ContractExamples.assertConforms(type, payload);
        writer.send(type.topic(), UUID.randomUUID(), type.type(), request.exportId(), payload);
    }

    private static io.restassured.path.json.JsonPath status(String memberId, String location) {
        return given().auth()
                .oauth2(Community.member(memberId))
                .get(location)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, String> unzipped(byte[] archive) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
