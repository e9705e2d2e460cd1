package org.guildhall.mentoring.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProgrammeOverviewTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Inject
    Community community;

    @Test
    void theOverviewShouldNameEnrolledMembersAndExplainEveryPairAndEveryUnmatchedMentee() {
        String coordinator = Community.newPersonId();
        String programme = given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Autumn cohort",
                        "enrolmentOpensAt",
                                TestClock.CLOCK
                                        .instant()
                                        .minus(Duration.ofDays(1))
                                        .toString(),
                        "enrolmentClosesAt",
                                TestClock.CLOCK
                                        .instant()
                                        .plus(Duration.ofDays(9))
                                        .toString()))
                .post("/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String mentor = community.activeSeniorEngineer("en");
        given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(Requests.mentorTaking(2, "en"))
                .put("/mentors/{id}", mentor)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TOKENS.member(mentor))
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 1))
                .post("/programmes/{id}/mentors", programme)
                .then()
                .statusCode(200);
        String first = community.activeEarlyCareerMember("en");
        String second = community.activeEarlyCareerMember("en");
        for (String mentee : new String[] {first, second}) {
            given().auth()
                    .oauth2(TOKENS.member(mentee))
                    .post("/programmes/{id}/mentees", programme)
                    .then()
                    .statusCode(200);
        }

        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .get("/programmes/{id}/overview", programme)
                .then()
                .statusCode(200)
                .body("mentors", hasSize(1))
                .body("mentors[0].capacity", equalTo(1))
                .body("mentors[0].displayName", notNullValue())
                .body("mentees", hasSize(2))
                .body("preview", nullValue());

        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/programmes/{id}/matching", programme)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .get("/programmes/{id}/overview", programme)
                .then()
                .statusCode(200)
                .body("preview.pairs", hasSize(1))
                .body("preview.pairs[0].mentorId", equalTo(mentor))
                .body("preview.pairs[0].criteria", not(empty()))
                .body("preview.pairs[0].criteria.explanation", everyItem(not(emptyString())))
                .body("preview.unmatched", hasSize(1))
                .body("preview.unmatched[0].reason", not(emptyString()))
                .body("preview.unmatched[0].menteeName", notNullValue());
    }

    @Test
    void onlyThoseWhoRunProgrammesShouldSeeAnOverview() {
        String programme = given().auth()
                .oauth2(TOKENS.coordinator(Community.newPersonId()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Closed cohort",
                        "enrolmentOpensAt", Instant.now().toString(),
                        "enrolmentClosesAt",
                                Instant.now().plus(Duration.ofDays(3)).toString()))
                .post("/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TOKENS.member(community.activeEarlyCareerMember("en")))
                .get("/programmes/{id}/overview", programme)
                .then()
                .statusCode(403);
        given().get("/programmes/{id}/overview", programme).then().statusCode(401);
    }
}
