package org.guildhall.members.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.guildhall.contracts.SealedData;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.MemberDataCollected;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The member's own data archive, end to end over the real broker: the request published, events-service's part played
 * here as that service answers (sealed with the request's key), the archive assembled and downloaded by its member only.
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
    void shouldAssembleOneArchiveFromEveryServicesPartForTheMemberOnly() throws Exception {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        Community.connect(ada, grace);

        String location = given().auth()
                .oauth2(Community.member(ada))
                .post("/members/me/data-exports")
                .then()
                .statusCode(202)
                .body("status", equalTo("COLLECTING"))
                .body("waitingFor", equalTo(List.of("members-service", "events-service")))
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
        answerAsEventsService(request, eventsPart);

        await().atMost(Duration.ofSeconds(30)).until(() -> "READY"
                .equals(given().auth()
                        .oauth2(Community.member(ada))
                        .get(location)
                        .then()
                        .extract()
                        .path("status")));
        byte[] archive = given().auth()
                .oauth2(Community.member(ada))
                .get(location + "/archive")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        Map<String, String> files = unzipped(archive);
        assertThat(files).containsOnlyKeys("members-service.json", "events-service.json");
        assertThat(files.get("events-service.json")).isEqualTo(eventsPart);
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

        answerAsEventsService(
                new MemberDataRequested(request.exportId(), "someone-else", request.publicKey(), request.requestedAt()),
                "{}");

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> "COLLECTING"
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

    private static void answerAsEventsService(MemberDataRequested request, String part) throws Exception {
        MemberDataCollected collected = new MemberDataCollected(
                request.exportId(),
                request.memberId(),
                "events-service",
                SealedData.seal(part.getBytes(StandardCharsets.UTF_8), request.publicKey()),
                Instant.now());
        writer.send(
                Topics.EVENTS,
                UUID.randomUUID(),
                EventsEvents.MEMBER_DATA_COLLECTED.type(),
                request.exportId(),
                JSON.writeValueAsString(collected));
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
