package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasure (GDPR Art. 17) across the four services: a member who connected, thanked, asked a mentor for mentoring and
 * an interview, registered for an event and read their notifications first gets a copy of their data (one archive with
 * every service's part) and then erases their account; then no answer and no table of any service database holds
 * their name, e-mail or words, their archive is gone, and they can join again as a new member whose archive holds
 * nothing of the erased one.
 */
@ExtendWith(GuildhallPlatform.class)
class ErasureLeavesNothingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void anErasedMemberShouldLeaveNothingReadableInAnyServiceAndMayJoinAgain(Platform platform) throws Exception {
        Api api = new Api(platform);
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String adaId = "ada-" + UUID.randomUUID();
        String name = "Ada Zq" + mark;
        String email = "ada." + mark + "@example.org";
        String note = "We met at the summit " + mark;
        String thanks = "Thanks for the advice " + mark;
        String asking = "Guide me into data " + mark;
        String topic = "Careers in data " + mark;
        String ada = platform.tokens().member(adaId);
        String graceId = "grace-" + UUID.randomUUID();
        String grace = platform.tokens().member(graceId);
        String miraId = "mira-" + UUID.randomUUID();
        String mira = platform.tokens().member(miraId);

        join(api, ada, name, email);
        join(api, grace, "Grace Hopper", "grace." + UUID.randomUUID() + "@example.org");
        join(api, mira, "Mira Mentor", "mira." + UUID.randomUUID() + "@example.org");
        Map<String, Object> miraProfile = new HashMap<>();
        miraProfile.put("displayName", "Mira Mentor");
        miraProfile.put("timeZone", "Europe/London");
        miraProfile.put("careerStage", "SENIOR");
        miraProfile.put("languages", List.of("en"));
        miraProfile.put("openTo", List.of("MENTORING_OTHERS", "INFORMATIONAL_INTERVIEWS"));
        api.to(Service.MEMBERS, mira)
                .contentType(ContentType.JSON)
                .body(miraProfile)
                .put("/members/me")
                .then()
                .statusCode(200);

        // members-service: a connection with a note, accepted
        String requestId = api.to(Service.MEMBERS, ada)
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", graceId, "note", note))
                .post("/connections/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api.to(Service.MEMBERS, grace)
                .post("/connections/requests/{id}/acceptance", requestId)
                .then()
                .statusCode(200);

        // mentoring-service: thanks, a mentoring request and an interview request (once it has read the joins)
        Map<String, Object> mentorTerms = new HashMap<>();
        mentorTerms.put("topics", List.of("data-engineering"));
        mentorTerms.put("industries", List.of("software"));
        mentorTerms.put("offers", List.of("CAREER_GUIDANCE"));
        mentorTerms.put("languages", List.of("en"));
        mentorTerms.put("capacity", 2);
        mentorTerms.put("acceptingRequests", true);
        await("mira's mentor profile").atMost(PATIENCE).untilAsserted(() -> api.to(Service.MENTORING, mira)
                .contentType(ContentType.JSON)
                .body(mentorTerms)
                .put("/mentors/{id}", miraId)
                .then()
                .statusCode(200));
        await("ada's thanks").atMost(PATIENCE).untilAsserted(() -> api.to(Service.MENTORING, ada)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "toMemberId", graceId, "context", "EVENT", "contextId", "summit-" + mark, "message", thanks))
                .post("/appreciations")
                .then()
                .statusCode(201));
        await("ada's mentoring request").atMost(PATIENCE).untilAsserted(() -> api.to(Service.MENTORING, ada)
                .contentType(ContentType.JSON)
                .body(Map.of("mentorId", miraId, "message", asking, "goals", List.of("Lead a data team " + mark)))
                .post("/mentorship-requests")
                .then()
                .statusCode(201));
        String inTwoDays = Instant.now()
                .plus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        await("ada's interview request").atMost(PATIENCE).untilAsserted(() -> api.to(Service.MENTORING, ada)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "hostId",
                        miraId,
                        "topic",
                        topic,
                        "message",
                        "Twenty minutes? " + mark,
                        "proposedTimes",
                        List.of(inTwoDays)))
                .post("/informational-interviews")
                .then()
                .statusCode(201));

        // events-service: a registration for a published event
        String coordinator = platform.tokens().coordinator("coordinator-" + UUID.randomUUID());
        Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> event = new HashMap<>();
        event.put("title", "Data summit");
        event.put("description", "Pipelines and people");
        event.put("type", "CONFERENCE");
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plus(Duration.ofHours(8)).toString());
        event.put("timeZone", "Europe/London");
        event.put("venue", "Guildhall, London");
        event.put("capacity", 10);
        event.put("membersOnly", false);
        event.put("allowedTiers", List.of());
        String eventId = api.to(Service.EVENTS, coordinator)
                .contentType(ContentType.JSON)
                .body(event)
                .post("/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api.to(Service.EVENTS, coordinator)
                .post("/events/{id}/publish", eventId)
                .then()
                .statusCode(200);
        await("ada's registration").atMost(PATIENCE).untilAsserted(() -> api.to(Service.EVENTS, ada)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/events/{id}/registrations", eventId)
                .then()
                .statusCode(201));

        // notifications-service: the others hear of ada by name and in her words; ada reads her own
        await("grace and mira hear of ada").atMost(PATIENCE).untilAsserted(() -> {
            assertThat(texts(api, grace)).anyMatch(text -> text.contains(name)).anyMatch(text -> text.contains(thanks));
            assertThat(texts(api, mira)).anyMatch(text -> text.contains(asking)).anyMatch(text -> text.contains(topic));
        });
        assertThat(api.welcomes(ada)).isNotEmpty();
        assertThat(foundAnywhere(platform, name, email, mark)).isNotEmpty();

        // her own data (issue 16): one archive, a part from each service, collected over Kafka
        String export = requestArchive(api, ada);
        Map<String, String> parts = archive(api, ada, export);
        assertThat(parts)
                .containsOnlyKeys(
                        "members-service.json",
                        "events-service.json",
                        "mentoring-service.json",
                        "notifications-service.json");
        assertThat(parts.get("members-service.json")).contains(name, email, note);
        assertThat(parts.get("events-service.json")).contains(adaId, eventId);
        assertThat(parts.get("mentoring-service.json")).contains(asking, topic, thanks);
        assertThat(parts.get("notifications-service.json")).contains("\"welcome\"", adaId);

        api.to(Service.MEMBERS, ada).delete("/members/me").then().statusCode(204);

        await("every service forgot ada").atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (String other : List.of(grace, mira)) {
                assertThat(texts(api, other)).noneMatch(text -> text.contains(name) || text.contains(mark));
            }
            assertThat(foundAnywhere(platform, name, email, mark)).isEmpty();
        });
        assertThat(texts(api, grace)).anyMatch(text -> text.startsWith("A former member"));
        api.to(Service.MEMBERS, grace).get("/members/{id}", adaId).then().statusCode(404);
        api.to(Service.MEMBERS, ada).get(export).then().statusCode(404);

        // the same account joins again, as a new member, whose archive holds nothing of the erased one
        join(api, ada, "Ada Anew", "ada.anew." + mark + "@example.org");
        Map<String, String> later = archive(api, ada, requestArchive(api, ada));
        assertThat(later).hasSize(4);
        later.forEach((file, json) ->
                assertThat(json).as(file).doesNotContain(name, email, note, thanks, asking, topic, eventId));
    }

    private static String requestArchive(Api api, String token) {
        return api.to(Service.MEMBERS, token)
                .post("/members/me/data-exports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
    }

    /** Waits until the archive at {@code location} is ready and answers its files by name. */
    private static Map<String, String> archive(Api api, String token, String location) throws Exception {
        await("the archive").atMost(PATIENCE).until(() -> "READY"
                .equals(api.to(Service.MEMBERS, token)
                        .get(location)
                        .then()
                        .extract()
                        .path("status")));
        byte[] zip = api.to(Service.MEMBERS, token)
                .accept("application/zip")
                .get(location + "/archive")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void join(Api api, String token, String name, String email) {
        api.to(Service.MEMBERS, token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", name, "email", email, "headline", "Engineer", "timeZone", "Europe/London"))
                .post("/members")
                .then()
                .statusCode(201);
    }

    private static List<String> texts(Api api, String token) {
        List<Map<String, Object>> items = api.notifications(token).jsonPath().getList("items");
        return items.stream()
                .map(item -> item.get("title") + " | " + item.get("body"))
                .toList();
    }

    /** Every table of every service database, searched for the strings. */
    private static List<String> foundAnywhere(Platform platform, String... needles) throws Exception {
        List<String> found = new ArrayList<>();
        for (Service service : Service.values()) {
            try (Connection connection = DriverManager.getConnection(
                    platform.postgres().jdbcUrl(service.database()), Postgres.USER, Postgres.PASSWORD)) {
                PersonalDataSearch.whereFound(connection, needles)
                        .forEach(where -> found.add(service.database() + ": " + where));
            }
        }
        return found;
    }
}
