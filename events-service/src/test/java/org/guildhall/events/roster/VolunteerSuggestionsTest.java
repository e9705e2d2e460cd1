package org.guildhall.events.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMemberNamed;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class VolunteerSuggestionsTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void suggestionsShouldBeFreeMembersOpenToVolunteeringWhoseSkillsMatchTheRoleBestFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String event = published(conference(50));
        String role = role(event, List.of("Friendly", "Spanish"));
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.DAYS);
        String shift = Rosters.shift(event, role, start, Duration.ofHours(3), 2);
        String busyShift = Rosters.shift(event, role, start.plus(Duration.ofHours(1)), Duration.ofHours(3), 5);

        String both = member("Both " + tag, List.of("friendly", "spanish"), true);
        String one = member("One " + tag, List.of("friendly", "python"), true);
        member("Closed " + tag, List.of("friendly", "spanish"), false);
        member("Unskilled " + tag, List.of("python"), true);
        String busy = member("Busy " + tag, List.of("friendly", "spanish"), true);
        given().auth()
                .oauth2(TOKENS.member(busy))
                .post("/events/{e}/shifts/{s}/volunteers", event, busyShift)
                .then()
                .statusCode(201);

        List<Map<String, Object>> suggested = suggestions(event, shift, null).stream()
                .filter(found -> ((String) found.get("displayName")).endsWith(tag))
                .toList();

        assertThat(suggested).extracting(found -> found.get("memberId")).containsExactly(both, one);
        assertThat(suggested.get(0).get("matchingSkills")).isEqualTo(List.of("friendly", "spanish"));
        assertThat(suggested.get(1).get("score")).isEqualTo(1);
    }

    /** members-service keeps skills as tags ("first-aid"); a coordinator types the role's as words ("First aid"). */
    @Test
    void aRoleShouldMatchSkillsWrittenAsMembersServiceKeepsThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String event = published(conference(50));
        String role = role(event, List.of("First  aid", "sign_language"));
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(43)).truncatedTo(ChronoUnit.DAYS);
        String shift = Rosters.shift(event, role, start, Duration.ofHours(2), 1);
        String medic = member("Medic " + tag, List.of("first-aid", "sign-language"), true);

        List<Map<String, Object>> suggested = suggestions(event, shift, null).stream()
                .filter(found -> ((String) found.get("displayName")).endsWith(tag))
                .toList();

        assertThat(suggested).extracting(found -> found.get("memberId")).containsExactly(medic);
        assertThat(suggested.get(0).get("matchingSkills")).isEqualTo(List.of("first-aid", "sign-language"));
    }

    @Test
    void aSearchByNameShouldFindMembersWhoClashAndSayTheyAreNotFree() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String event = published(conference(50));
        String role = role(event, List.of());
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(41)).truncatedTo(ChronoUnit.DAYS);
        String shift = Rosters.shift(event, role, start, Duration.ofHours(3), 2);
        String other = Rosters.shift(event, role, start.plus(Duration.ofHours(2)), Duration.ofHours(3), 2);
        String busy = member("Zelda Busy " + tag, List.of(), false);
        given().auth()
                .oauth2(TOKENS.member(busy))
                .post("/events/{e}/shifts/{s}/volunteers", event, other)
                .then()
                .statusCode(201);

        List<Map<String, Object>> found = suggestions(event, shift, "zelda busy " + tag);

        assertThat(found).singleElement().satisfies(one -> {
            assertThat(one.get("memberId")).isEqualTo(busy);
            assertThat(one.get("free")).isEqualTo(false);
        });
        assertThat(suggestions(event, shift, "%")).noneMatch(one -> busy.equals(one.get("memberId")));
    }

    @Test
    void onlyCoordinatorsShouldSeeSuggestions() {
        String event = published(conference(50));
        String shift = Rosters.shift(
                event,
                role(event, List.of()),
                TestClock.CLOCK.instant().plus(Duration.ofDays(42)),
                Duration.ofHours(1),
                1);
        given().auth()
                .oauth2(TOKENS.member("member-" + UUID.randomUUID()))
                .get("/events/{e}/shifts/{s}/suggestions", event, shift)
                .then()
                .statusCode(403);
        given().get("/events/{e}/shifts/{s}/suggestions", event, shift).then().statusCode(401);
        given().auth()
                .oauth2(coordinatorToken())
                .get("/events/{e}/shifts/{s}/suggestions", event, UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private String member(String name, List<String> skills, boolean openToVolunteering) {
        String memberId = activeMemberNamed(standings, "associate", name);
        MemberProfileUpdated example = ContractExamples.examplePayload(MembershipEvents.MEMBER_PROFILE_UPDATED);
        MemberProfileUpdated updated = new MemberProfileUpdated(
                memberId,
                name,
                example.email(),
                example.headline(),
                example.location(),
                example.timeZone(),
                example.industry(),
                example.careerStage(),
                skills,
                example.topics(),
                example.languages(),
                openToVolunteering ? List.of("VOLUNTEERING") : List.of("MENTORING"),
                List.of(),
                example.updatedAt());
        QuarkusTransaction.requiringNew().run(() -> standings.findById(memberId).profileUpdated(updated));
        return memberId;
    }

    private static String role(String event, List<String> skills) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Greeter " + UUID.randomUUID(), "skillsWanted", skills))
                .when()
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static List<Map<String, Object>> suggestions(String event, String shift, String name) {
        var request = given().auth().oauth2(coordinatorToken());
        if (name != null) {
            request = request.queryParam("name", name);
        }
        return request.get("/events/{e}/shifts/{s}/suggestions", event, shift)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }
}
