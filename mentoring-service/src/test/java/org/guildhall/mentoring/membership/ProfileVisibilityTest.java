package org.guildhall.mentoring.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Mentoring.TOKENS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * What mentoring shows of a member's own profile (headline, career stage, networking goals) follows the visibility
 * the member chose in members-service, for each kind of caller.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProfileVisibilityTest {

    @Inject
    Community community;

    @Inject
    Mentoring mentoring;

    @Inject
    MemberSnapshotRepository snapshots;

    /** A kind of caller and how far they see another member's profile. */
    private record Reader(String kind, Supplier<String> token, Visibility sees) {}

    @Test
    void aMentorsHeadlineAndCareerStageShouldShowAsFarAsTheMentorChose() {
        String mentor = mentoring.mentorTaking(3);
        List<String> wrong = new ArrayList<>();

        for (Visibility chosen : Visibility.values()) {
            choose(mentor, chosen);
            for (Reader reader : readers(mentor)) {
                JsonPath view = given().auth()
                        .oauth2(reader.token().get())
                        .get("/mentors/{id}", mentor)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                for (String field : List.of("headline", "careerStage")) {
                    boolean expected = chosen.shownTo(reader.sees());
                    if ((view.get(field) != null) != expected) {
                        wrong.add(reader.kind() + (expected ? " misses " : " sees ") + field + " (" + chosen + ")");
                    }
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void aMenteesNetworkingGoalsShouldShowAsFarAsTheMenteeChose() {
        String mentee = mentoring.mentee();
        given().auth()
                .oauth2(TOKENS.member(mentee))
                .contentType(ContentType.JSON)
                .body(Requests.menteeSharing("en"))
                .put("/mentees/{id}", mentee)
                .then()
                .statusCode(200);
        List<String> wrong = new ArrayList<>();

        for (Visibility chosen : Visibility.values()) {
            choose(mentee, chosen);
            // only the mentee, coordinators and admins may read a mentee profile at all
            for (Reader reader : List.of(
                    new Reader("the mentee", () -> TOKENS.member(mentee), Visibility.PRIVATE),
                    new Reader("coordinator", () -> TOKENS.coordinator(Community.newPersonId()), Visibility.MEMBERS),
                    new Reader("admin", () -> TOKENS.admin(Community.newPersonId()), Visibility.PRIVATE))) {
                List<Object> goals = given().auth()
                        .oauth2(reader.token().get())
                        .get("/mentees/{id}", mentee)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("networkingGoals");
                boolean expected = chosen.shownTo(reader.sees());
                if ((goals != null) != expected) {
                    wrong.add(reader.kind() + (expected ? " misses" : " sees") + " goals (" + chosen + ")");
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void aSuggestedMentorsHeadlineShouldBeHiddenWhenTheMentorKeepsItPrivate() {
        String language = Community.privateLanguage();
        String mentor = community.activeSeniorEngineer(language);
        Mentoring.publishMentor(mentor, Requests.mentorTaking(3, language));
        String mentee = community.activeEarlyCareerMember(language);
        Mentoring.declareMentee(mentee, Requests.menteeSharing(language));

        choose(mentor, Visibility.PRIVATE);
        assertThat(headlineSuggestedTo(mentee, mentor)).isNull();

        choose(mentor, Visibility.MEMBERS);
        assertThat(headlineSuggestedTo(mentee, mentor)).isEqualTo("Engineer");
    }

    private static String headlineSuggestedTo(String mentee, String mentor) {
        List<Map<String, Object>> suggestions = given().auth()
                .oauth2(TOKENS.member(mentee))
                .get("/mentees/me/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, Object> suggested = suggestions.stream()
                .filter(suggestion -> mentor.equals(suggestion.get("mentorId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("mentor " + mentor + " not suggested: " + suggestions));
        return (String) suggested.get("headline");
    }

    private List<Reader> readers(String subject) {
        String member = community.activeEarlyCareerMember("en");
        String lapsed = community.activeEarlyCareerMember("en");
        community.lapse(lapsed);
        return List.of(
                new Reader("the member themselves", () -> TOKENS.member(subject), Visibility.PRIVATE),
                new Reader("member", () -> TOKENS.member(member), Visibility.MEMBERS),
                new Reader("lapsed member", () -> TOKENS.member(lapsed), Visibility.PUBLIC),
                new Reader(
                        "token with the member role, no membership",
                        () -> TOKENS.member("stranger-" + UUID.randomUUID()),
                        Visibility.PUBLIC),
                new Reader("coordinator", () -> TOKENS.coordinator(Community.newPersonId()), Visibility.MEMBERS),
                new Reader("admin", () -> TOKENS.admin(Community.newPersonId()), Visibility.PRIVATE));
    }

    /** The member sets every field to {@code chosen} in members-service, and mentoring hears of it. */
    private void choose(String memberId, Visibility chosen) {
        QuarkusTransaction.requiringNew().run(() -> {
            MemberSnapshot snapshot = snapshots.findById(memberId);
            snapshot.profileUpdated(new MemberProfileUpdated(
                    memberId,
                    snapshot.displayName(),
                    memberId + "@example.org",
                    snapshot.headline(),
                    "London",
                    snapshot.timeZone(),
                    snapshot.industry(),
                    snapshot.careerStage(),
                    snapshot.skills(),
                    snapshot.topics(),
                    snapshot.languages(),
                    snapshot.openTo(),
                    snapshot.goals().stream()
                            .map(goal -> new MemberProfileUpdated.Goal(
                                    goal.goalId(), goal.kind(), goal.description(), null, goal.status()))
                            .toList(),
                    TestClock.CLOCK.instant(),
                    Map.of("headline", chosen.name(), "careerStage", chosen.name(), "goals", chosen.name())));
        });
    }
}
