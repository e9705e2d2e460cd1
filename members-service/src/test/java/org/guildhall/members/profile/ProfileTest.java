package org.guildhall.members.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProfileTest {

    /** A full profile: skills kept to members, the headline public, the bio private. */
    static Map<String, Object> adasProfile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "Ada Lovelace");
        profile.put("headline", "Analytical engine programmer");
        profile.put("bio", "Wrote the first algorithm");
        profile.put("industry", "Software");
        profile.put("careerStage", "SENIOR");
        profile.put("location", "London");
        profile.put("timeZone", "Europe/London");
        profile.put("skills", List.of("Data Engineering", "mathematics", "data engineering"));
        profile.put("topics", List.of("machine learning"));
        profile.put("languages", List.of("en", "fr"));
        profile.put("openTo", List.of("MENTORING_OTHERS"));
        profile.put("visibility", Map.of("headline", "PUBLIC", "bio", "PRIVATE"));
        return profile;
    }

    static Map<String, Object> adasProfileWith(String field, Object value) {
        Map<String, Object> profile = adasProfile();
        profile.put(field, value);
        return profile;
    }

    @Test
    void shouldReplaceTheProfileNormaliseTagsAndPublishIt() {
        String ada = Community.activeMember("ada");

        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(adasProfile())
                .put("/members/me")
                .then()
                .statusCode(200)
                .body("skills", equalTo(List.of("data-engineering", "mathematics")))
                .body("industry", equalTo("software"))
                .body("visibility.email", equalTo("PRIVATE"))
                .body("visibility.headline", equalTo("PUBLIC"));

        try (TopicReader membership =
                TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> profileUpdates(membership, ada).size() == 1);
            String payload = profileUpdates(membership, ada).get(0).value();
            ContractExamples.assertConforms(MembershipEvents.MEMBER_PROFILE_UPDATED, payload);
            MemberProfileUpdated updated = ContractExamples.read(MembershipEvents.MEMBER_PROFILE_UPDATED, payload);
            assertThat(updated.skills()).containsExactly("data-engineering", "mathematics");
            assertThat(updated.openTo()).containsExactly("MENTORING_OTHERS");
            assertThat(updated.visibility())
                    .containsEntry("headline", "PUBLIC")
                    .containsEntry("bio", "PRIVATE")
                    .containsEntry("careerStage", "MEMBERS")
                    .containsEntry("email", "PRIVATE")
                    .hasSize(ProfileField.values().length);
        }
    }

    @Test
    void shouldShowEachCallerOnlyWhatTheMemberLetsThemSee() {
        String ada = Community.activeMember("ada");
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(adasProfile())
                .put("/members/me")
                .then()
                .statusCode(200);

        given().get("/members/{id}", ada)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Ada Lovelace"))
                .body("headline", equalTo("Analytical engine programmer"))
                .body("skills", nullValue())
                .body("email", nullValue());
        given().auth()
                .oauth2(Community.member(Community.activeMember("grace")))
                .get("/members/{id}", ada)
                .then()
                .body("skills", hasItem("mathematics"))
                .body("bio", nullValue())
                .body("email", nullValue())
                .body("membership", nullValue());
        given().auth()
                .oauth2(Community.TOKENS.coordinator("coordinator-1"))
                .get("/members/{id}", ada)
                .then()
                .body("email", equalTo(ada + "@example.org"))
                .body("bio", nullValue());
        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}", ada)
                .then()
                .body("bio", equalTo("Wrote the first algorithm"))
                .body("membership.status", equalTo("ACTIVE"));
    }

    @Test
    void shouldRefuseAStaleIfMatchWith412() {
        String ada = Community.activeMember("ada");
        String etag = given().auth()
                .oauth2(Community.member(ada))
                .get("/members/me")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        String newer = given().auth()
                .oauth2(Community.member(ada))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(adasProfile())
                .put("/members/me")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(newer).isNotEqualTo(etag);

        given().auth()
                .oauth2(Community.member(ada))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(adasProfileWith("headline", "Lost update"))
                .put("/members/me")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNameEveryRejectedField() {
        String ada = Community.activeMember("ada");
        List<String> tooMany = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "skill" + i)
                .toList();
        rejects(ada, adasProfileWith("skills", tooMany), "skills");
        rejects(ada, adasProfileWith("skills", List.of("x".repeat(41))), "skills[0]");
        rejects(ada, adasProfileWith("languages", List.of("english")), "languages[0]");
        rejects(ada, adasProfileWith("timeZone", "Mars/Olympus"), "timeZone");
        rejects(ada, adasProfileWith("careerStage", "GURU"), "careerStage");
        rejects(ada, adasProfileWith("visibility", Map.of("shoeSize", "PUBLIC")), "visibility");
    }

    @Test
    void shouldLetNobodyElseChangeAProfile() {
        String ada = Community.activeMember("ada");
        given().auth()
                .oauth2(Community.member(Community.activeMember("eve")))
                .contentType(ContentType.JSON)
                .body(adasProfile())
                .put("/members/{id}", ada)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(adasProfile())
                .put("/members/{id}", ada)
                .then()
                .statusCode(401);
    }

    private static void rejects(String member, Map<String, Object> profile, String field) {
        given().auth()
                .oauth2(Community.member(member))
                .contentType(ContentType.JSON)
                .body(profile)
                .put("/members/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static List<ConsumerRecord<String, String>> profileUpdates(TopicReader membership, String memberId) {
        return membership.recordsWithKey(memberId).stream()
                .filter(record -> MembershipEvents.MEMBER_PROFILE_UPDATED
                        .type()
                        .equals(TopicReader.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }
}
