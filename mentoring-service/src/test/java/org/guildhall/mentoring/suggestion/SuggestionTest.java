package org.guildhall.mentoring.suggestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Mentoring.declareMentee;
import static org.guildhall.mentoring.Mentoring.publishMentor;
import static org.guildhall.mentoring.Mentoring.suggestedTo;
import static org.guildhall.mentoring.Mentoring.suggestionsFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class SuggestionTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Inject
    Community community;

    @Test
    void shouldRankMentorsWithTheirReasonsAndLeaveOutWhoCannotTakeTheCaller() {
        String language = Community.privateLanguage();
        String ada = community.activeEarlyCareerMember(language);
        declareMentee(ada, Requests.menteeSharing(language));
        String grace = mentor(Requests.mentorTaking(2, language));
        String barbara = mentor(Map.of(
                "topics",
                List.of("leadership"),
                "offers",
                List.of("LEADERSHIP"),
                "languages",
                List.of(language),
                "capacity",
                2,
                "acceptingRequests",
                true));
        String paused = mentor(Requests.mentorWith(Requests.mentorTaking(2, language), "acceptingRequests", false));
        String full = mentor(Requests.mentorTaking(0, language));
        String lapsed = mentor(Requests.mentorTaking(2, language));
        community.lapse(lapsed);
        String otherLanguage = mentor(Requests.mentorTaking(2, "en"));
        publishMentor(ada, Requests.mentorTaking(2, language));

        List<Map<String, Object>> suggestions = suggestionsFor(ada);

        assertThat(suggestions).extracting(s -> s.get("mentorId")).containsExactly(grace, barbara);
        assertThat(suggestions)
                .extracting(s -> s.get("mentorId"))
                .doesNotContain(paused, full, lapsed, otherLanguage, ada);
        Map<String, Object> best = suggestions.get(0);
        assertThat((Integer) best.get("score")).isBetween(80, 100);
        assertThat((Integer) suggestions.get(1).get("score")).isLessThan((Integer) best.get("score"));
        assertThat(best.get("criteria").toString()).contains("Shared topics: data-engineering, machine-learning");
    }

    @Test
    void shouldStopSuggestingAMentorOnceAsked() {
        String language = Community.privateLanguage();
        String ada = community.activeEarlyCareerMember(language);
        declareMentee(ada, Requests.menteeSharing(language));
        String grace = mentor(Requests.mentorTaking(2, language));

        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Requests.askFor(grace))
                .post("/mentorship-requests")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(TOKENS.member(ada))
                .get("/mentees/me/suggestions")
                .then()
                .statusCode(200)
                .body("mentorId", org.hamcrest.Matchers.not(hasItem(grace)));
    }

    @Test
    void shouldRefuseABadLimitAMissingTokenAndATokenWithoutARole() {
        String ada = community.activeEarlyCareerMember("en");

        given().auth()
                .oauth2(TOKENS.member(ada))
                .queryParam("limit", 0)
                .get("/mentees/me/suggestions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("limit")));
        given().get("/mentees/me/suggestions").then().statusCode(401);
        given().auth()
                .oauth2(TOKENS.forUser(ada).roles().sign())
                .get("/mentees/me/suggestions")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldForgetAMentorWhoLapsesAfterTheOpenMentorsWereLoaded() {
        String language = Community.privateLanguage();
        String ada = community.activeEarlyCareerMember(language);
        declareMentee(ada, Requests.menteeSharing(language));
        String grace = mentor(Requests.mentorTaking(2, language));
        assertThat(suggestedTo(ada)).contains(grace);

        community.lapse(grace);
        String barbara = mentor(Requests.mentorTaking(2, language));

        assertThat(suggestedTo(ada)).contains(barbara).doesNotContain(grace);
    }

    private String mentor(Map<String, Object> terms) {
        String id = community.activeSeniorEngineer("en");
        publishMentor(id, terms);
        return id;
    }
}
