package org.guildhall.mentoring.cohort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Mentoring.TOKENS;
import static org.guildhall.mentoring.Mentoring.programme;
import static org.guildhall.mentoring.Problems.invalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.mentoring.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** {@code GET /programmes}: who runs programmes sees them all; a member what they may enrol in, or are in. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProgrammeListingTest {

    @Inject
    Community community;

    @Test
    void shouldShowMembersWhatIsOpenForEnrolmentAndWhatTheyAreIn() {
        String coordinator = Community.newPersonId();
        String open = programme(coordinator, "Open now", Duration.ofDays(-1), Duration.ofDays(31));
        String notYet = programme(coordinator, "Opens next week", Duration.ofDays(7), Duration.ofDays(14));
        String over = programme(coordinator, "Over", Duration.ofDays(-20), Duration.ofDays(10));
        String closing = programme(coordinator, "Closing soon", Duration.ofDays(-1), Duration.ofDays(2));
        String ada = community.activeEarlyCareerMember("en");
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/programmes/{id}/mentees", closing)
                .then()
                .statusCode(200)
                .body("enrolledAs", equalTo("MENTEE"));
        TestClock.CLOCK.advance(Duration.ofDays(2));

        Map<String, Map<String, Object>> adaSees = everyProgramme(TOKENS.member(ada));
        Map<String, Map<String, Object>> othersSee = everyProgramme(TOKENS.member(Community.newPersonId()));
        Map<String, Map<String, Object>> coordinatorSees = everyProgramme(TOKENS.coordinator(Community.newPersonId()));
        Map<String, Map<String, Object>> adminSees = everyProgramme(TOKENS.admin(Community.newPersonId()));

        assertThat(adaSees).containsKeys(open, closing).doesNotContainKeys(notYet, over);
        assertThat(adaSees.get(closing)).containsEntry("enrolledAs", "MENTEE").doesNotContainKey("pairRules");
        assertThat(adaSees.get(open)).doesNotContainKey("enrolledAs");
        assertThat(othersSee).containsKey(open).doesNotContainKeys(notYet, over, closing);
        assertThat(coordinatorSees).containsKeys(open, notYet, over, closing);
        assertThat(coordinatorSees.get(open)).containsEntry("pairRules", List.of());
        assertThat(adminSees).containsKeys(open, notYet, over, closing);
    }

    @Test
    void shouldLeaveAPublishedProgrammeToItsMembers() {
        String coordinator = Community.newPersonId();
        String published = programme(coordinator, "Published early", Duration.ofDays(-1), Duration.ofDays(31));
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .post("/programmes/{id}/matching", published)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .post("/programmes/{id}/publish", published)
                .then()
                .statusCode(200);

        assertThat(everyProgramme(TOKENS.member(Community.newPersonId()))).doesNotContainKey(published);
        assertThat(everyProgramme(TOKENS.coordinator(coordinator))).containsKey(published);
    }

    @Test
    void shouldPageTheListWithinBounds() {
        String coordinator = Community.newPersonId();
        programme(coordinator, "First", Duration.ofDays(-1), Duration.ofDays(31));
        programme(coordinator, "Second", Duration.ofDays(-1), Duration.ofDays(31));
        String token = TOKENS.coordinator(coordinator);

        String first = given().auth()
                .oauth2(token)
                .queryParam("size", 1)
                .get("/programmes")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .extract()
                .path("items[0].id");
        String second = given().auth()
                .oauth2(token)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/programmes")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .extract()
                .path("items[0].id");
        assertThat(second).isNotEqualTo(first);
        // beyond the last page anyone may ask for (Page.MAX_PAGE) the kit's edge refuses, in every service alike
        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .queryParam("page", Integer.MAX_VALUE)
                .get("/programmes")
                .then()
                .spec(invalid("page"));
        given().auth()
                .oauth2(TOKENS.member(Community.newPersonId()))
                .queryParam("page", 100_000)
                .get("/programmes")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        given().auth()
                .oauth2(token)
                .queryParam("size", 101)
                .get("/programmes")
                .then()
                .spec(invalid("size"));
        given().auth()
                .oauth2(token)
                .queryParam("page", -1)
                .get("/programmes")
                .then()
                .spec(invalid("page"));
    }

    /** Every programme the token's holder finds, page by page, by id. */
    private static Map<String, Map<String, Object>> everyProgramme(String token) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        for (int page = 0; ; page++) {
            var body = given().auth()
                    .oauth2(token)
                    .queryParam("size", 100)
                    .queryParam("page", page)
                    .get("/programmes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            items.forEach(item -> found.put((String) item.get("id"), item));
            if (items.isEmpty() || (long) (page + 1) * 100 >= body.getLong("totalItems")) {
                return found;
            }
        }
    }
}
