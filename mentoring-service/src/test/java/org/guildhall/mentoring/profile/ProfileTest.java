package org.guildhall.mentoring.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Problems.invalid;
import static org.guildhall.mentoring.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProfileTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Inject
    Community community;

    @Inject
    MentorProfileRepository mentors;

    @Test
    void shouldPublishAMentorProfileThatMembersCanRead() {
        String grace = community.activeSeniorEngineer("en");

        publish(grace, grace, Requests.mentorTaking(2, "en"))
                .then()
                .statusCode(200)
                .body("memberId", equalTo(grace))
                .body("capacity", equalTo(2))
                .body("activeMentees", equalTo(0))
                .body("careerStage", equalTo("SENIOR"))
                .body("timeZone", equalTo("Europe/London"));

        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .get("/mentors/{id}", grace)
                .then()
                .statusCode(200)
                .body("topics", hasItem("leadership"));
        given().auth().oauth2(TOKENS.member(grace)).get("/mentors/me").then().statusCode(200);
    }

    @Test
    void shouldNameTheInvalidFields() {
        String grace = community.activeSeniorEngineer("en");
        Map<String, Object> valid = Requests.mentorTaking(2, "en");

        publish(grace, grace, Requests.mentorWith(valid, "capacity", -1))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("capacity"));
        publish(grace, grace, Requests.mentorWith(valid, "offers", List.of()))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("offers"));
        publish(grace, grace, Requests.mentorWith(valid, "offers", List.of("EVERYTHING")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        publish(grace, grace, Requests.mentorWith(valid, "timeZone", "Mars/Olympus"))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("timeZone"));
    }

    @Test
    void shouldRefuseUnknownTopics() {
        String grace = community.activeSeniorEngineer("en");

        publish(grace, grace, Requests.mentorWith(Requests.mentorTaking(2, "en"), "topics", List.of("alchemy")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/unknown-topic"));
        given().auth()
                .oauth2(TOKENS.member(grace))
                .get("/topics")
                .then()
                .statusCode(200)
                .body("$", hasItem("data-engineering"));
    }

    @Test
    void shouldRefuseACapacityBelowTheCurrentMentees() {
        String grace = community.activeSeniorEngineer("en");
        publish(grace, grace, Requests.mentorTaking(2, "en")).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            mentors.findById(grace).takeMentee();
            mentors.findById(grace).takeMentee();
        });

        publish(grace, grace, Requests.mentorTaking(1, "en"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/capacity-below-active-mentees"));
    }

    @Test
    void shouldKeepLapsedMembersOutOfMentoring() {
        String grace = community.activeSeniorEngineer("en");
        community.lapse(grace);

        publish(grace, grace, Requests.mentorTaking(2, "en"))
                .then()
                .statusCode(409)
                .body("type", endsWith("/member-not-active"));
    }

    @Test
    void shouldLetOnlyTheMemberOrAnAdminWriteTheirProfiles() {
        String grace = community.activeSeniorEngineer("en");
        String mallory = community.activeSeniorEngineer("en");

        publish(mallory, grace, Requests.mentorTaking(2, "en")).then().statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(mallory))
                .contentType(ContentType.JSON)
                .body(Requests.menteeSharing("en"))
                .put("/mentees/{id}", grace)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TOKENS.admin(Community.newPersonId()))
                .contentType(ContentType.JSON)
                .body(Requests.mentorTaking(2, "en"))
                .put("/mentors/{id}", grace)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldTurnAwayCallersWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(Requests.mentorTaking(2, "en"))
                .put("/mentors/{id}", Community.newPersonId())
                .then()
                .statusCode(401);
        given().get("/mentees/me").then().statusCode(401);
        given().get("/topics").then().statusCode(401);
        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .get("/mentors/{id}", Community.newPersonId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldDeclareAMenteeProfileWithTheMembersNetworkingGoals() {
        String ada = community.activeEarlyCareerMember("en");
        String stranger = Community.newPersonId();

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Requests.menteeSharing("en"))
                .put("/mentees/{id}", ada)
                .then()
                .statusCode(200)
                .body("goals", hasItem("Lead a data team"))
                .body("networkingGoals.description", hasItem("Grow as an engineer"))
                .body("mustShareLanguage", equalTo(true));

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("maxHoursApart", 13))
                .put("/mentees/{id}", ada)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("maxHoursApart"));
        given().auth()
                .oauth2(TOKENS.member(stranger))
                .get("/mentees/{id}", ada)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.coordinator(stranger))
                .get("/mentees/{id}", ada)
                .then()
                .statusCode(200);
        given().auth().oauth2(TOKENS.member(ada)).get("/mentees/me").then().statusCode(200);
    }

    @Test
    void shouldTagAMentorProfileWithItsVersionAndRefuseAStaleIfMatch() {
        String grace = community.activeSeniorEngineer("en");
        String first = publish(grace, grace, Requests.mentorTaking(2, "en"))
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .get("/mentors/{id}", grace)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(first));

        String second = publishIfMatch(grace, first, Requests.mentorTaking(3, "en"))
                .then()
                .statusCode(200)
                .body("capacity", equalTo(3))
                .extract()
                .header("ETag");
        assertThat(second).isNotEqualTo(first);
        given().auth().oauth2(TOKENS.member(grace)).get("/mentors/me").then().header("ETag", equalTo(second));

        publishIfMatch(grace, first, Requests.mentorTaking(5, "en"))
                .then()
                .spec(problem(412, "stale-version"))
                .body("detail", containsString(second));
        given().auth().oauth2(TOKENS.member(grace)).get("/mentors/me").then().body("capacity", equalTo(3));
        publishIfMatch(grace, "*", Requests.mentorTaking(4, "en")).then().statusCode(200);
        publishIfMatch(grace, "3", Requests.mentorTaking(4, "en")).then().spec(problem(400, "malformed-if-match"));
    }

    @Test
    void shouldMoveTheMentorsVersionWhenTheyTakeAMentee() {
        String grace = community.activeSeniorEngineer("en");
        String read = publish(grace, grace, Requests.mentorTaking(2, "en"))
                .then()
                .extract()
                .header("ETag");
        QuarkusTransaction.requiringNew().run(() -> mentors.findById(grace).takeMentee());

        // the capacity they chose was for a load that changed meanwhile
        publishIfMatch(grace, read, Requests.mentorTaking(1, "en")).then().spec(problem(412, "stale-version"));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentEditsOfTheSameVersionThrough() throws Exception {
        String grace = community.activeSeniorEngineer("en");
        String read = publish(grace, grace, Requests.mentorTaking(2, "en"))
                .then()
                .extract()
                .header("ETag");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> edits = List.of(
                    () -> publishIfMatch(grace, read, Requests.mentorTaking(3, "en"))
                            .statusCode(),
                    () -> publishIfMatch(grace, read, Requests.mentorTaking(4, "en"))
                            .statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> edit : pool.invokeAll(edits)) {
                statuses.add(edit.get());
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldTagAMenteeProfileWithItsVersionAndRefuseAStaleIfMatch() {
        String ada = community.activeEarlyCareerMember("en");
        String first = declare(ada, null, Requests.menteeSharing("en"))
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TOKENS.coordinator(Community.newPersonId()))
                .get("/mentees/{id}", ada)
                .then()
                .header("ETag", equalTo(first));

        String second = declare(ada, first, Requests.menteeWith(Requests.menteeSharing("en"), "maxHoursApart", 3))
                .then()
                .statusCode(200)
                .body("maxHoursApart", equalTo(3))
                .extract()
                .header("ETag");
        assertThat(second).isNotEqualTo(first);
        given().auth().oauth2(TOKENS.member(ada)).get("/mentees/me").then().header("ETag", equalTo(second));

        declare(ada, first, Requests.menteeSharing("en")).then().spec(problem(412, "stale-version"));
        given().auth().oauth2(TOKENS.member(ada)).get("/mentees/me").then().body("maxHoursApart", equalTo(3));
    }

    @Test
    void shouldRefuseAnIfMatchForAProfileNotWrittenYet() {
        String grace = community.activeSeniorEngineer("en");

        publishIfMatch(grace, "\"0\"", Requests.mentorTaking(2, "en")).then().spec(problem(412, "stale-version"));
        declare(grace, "*", Requests.menteeSharing("en")).then().spec(problem(412, "stale-version"));
        given().auth().oauth2(TOKENS.member(grace)).get("/mentors/me").then().spec(problem(404, "mentor-not-found"));
        given().auth().oauth2(TOKENS.member(grace)).get("/mentees/me").then().spec(problem(404, "mentee-not-found"));
    }

    @Test
    void shouldRefuseUnknownTopicsAndBadFieldsInAMenteeProfile() {
        String ada = community.activeEarlyCareerMember("en");

        declare(ada, null, Requests.menteeWith(Requests.menteeSharing("en"), "topics", List.of("alchemy")))
                .then()
                .spec(problem(400, "unknown-topic"))
                .body("detail", containsString("alchemy"));
        declare(ada, null, Requests.menteeWith(Requests.menteeSharing("en"), "languages", List.of("English")))
                .then()
                .spec(invalid("languages[0]"));
        declare(ada, null, Requests.menteeWith(Requests.menteeSharing("en"), "seeking", List.of("FAME")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldShowNoProfileOfALapsedMentor() {
        String grace = community.activeSeniorEngineer("en");
        publish(grace, grace, Requests.mentorTaking(2, "en")).then().statusCode(200);
        community.lapse(grace);

        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .get("/mentors/{id}", grace)
                .then()
                .spec(problem(404, "mentor-not-found"));
        declare(grace, null, Requests.menteeSharing("en")).then().spec(problem(409, "member-not-active"));
    }

    private static io.restassured.response.Response publishIfMatch(
            String mentorId, String ifMatch, Map<String, Object> body) {
        return given().auth()
                .oauth2(TOKENS.member(mentorId))
                .header("If-Match", ifMatch)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/mentors/{id}", mentorId);
    }

    private static io.restassured.response.Response declare(String menteeId, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(TOKENS.member(menteeId));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.contentType(ContentType.JSON).body(body).put("/mentees/{id}", menteeId);
    }

    private static io.restassured.response.Response publish(String caller, String mentorId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TOKENS.member(caller))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/mentors/{id}", mentorId);
    }
}
