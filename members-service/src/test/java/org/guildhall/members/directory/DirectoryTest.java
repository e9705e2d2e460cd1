package org.guildhall.members.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class DirectoryTest {

    @Inject
    DataSource dataSource;

    /** A skill nobody else in this test run has, so the results are ours alone. */
    private final String rareSkill = "cobol-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldFindMembersBySkillTextAndOpenToInAStableOrder() {
        String zed = profiled("zed", Map.of("skills", List.of(rareSkill), "openTo", List.of("MENTORING_OTHERS")));
        String amy =
                profiled("amy", Map.of("skills", List.of(rareSkill), "headline", "Mainframe whisperer " + rareSkill));

        given().auth()
                .oauth2(Community.member(zed))
                .queryParam("skill", rareSkill.toUpperCase())
                .get("/members")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(amy, zed)));
        given().auth()
                .oauth2(Community.member(zed))
                .queryParam("q", "whisperer " + rareSkill)
                .get("/members")
                .then()
                .body("items.id", equalTo(List.of(amy)));
        given().auth()
                .oauth2(Community.member(zed))
                .queryParam("q", "whisperer")
                .queryParam("skill", rareSkill)
                .get("/members")
                .then()
                .body("totalItems", equalTo(1))
                .body("items.id", equalTo(List.of(amy)));
        given().auth()
                .oauth2(Community.member(zed))
                .queryParam("skill", rareSkill)
                .queryParam("openTo", "MENTORING_OTHERS")
                .get("/members")
                .then()
                .body("items.id", equalTo(List.of(zed)));
        given().auth()
                .oauth2(Community.member(zed))
                .queryParam("skill", rareSkill)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/members")
                .then()
                .body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(zed)));
    }

    @Test
    void shouldNotFindAMemberByAFieldTheyKeepPrivateExceptForAnAdmin() {
        String shy = profiled("shy", Map.of("skills", List.of(rareSkill), "visibility", Map.of("skills", "PRIVATE")));

        given().auth()
                .oauth2(Community.member(Community.activeMember("nosy")))
                .queryParam("skill", rareSkill)
                .get("/members")
                .then()
                .body("items.id", not(hasItem(shy)));
        given().auth()
                .oauth2(Community.admin())
                .queryParam("skill", rareSkill)
                .get("/members")
                .then()
                .body("items.id", hasItem(shy));
    }

    @Test
    void shouldFindMembersWithAnOpenGoal() {
        String seeker = profiled("seeker", Map.of("skills", List.of(rareSkill)));
        given().auth()
                .oauth2(Community.member(seeker))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "FIND_COLLABORATORS"))
                .post("/members/me/goals")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(Community.member(seeker))
                .queryParam("skill", rareSkill)
                .queryParam("goal", "FIND_COLLABORATORS")
                .get("/members")
                .then()
                .body("items.id", equalTo(List.of(seeker)));
    }

    @Test
    void shouldFollowWhatChangesOnTheMemberGoalsLocationAndStatus() {
        String lisbon = profiled(
                "lisbon",
                Map.of(
                        "skills",
                        List.of(rareSkill),
                        "location",
                        "Lisbon",
                        "industry",
                        "Finance",
                        "careerStage",
                        "SENIOR"));
        String hidden = profiled(
                "hidden",
                Map.of(
                        "skills",
                        List.of(rareSkill),
                        "location",
                        "Lisbon",
                        "visibility",
                        Map.of("location", "PRIVATE")));
        String reader = Community.member(Community.activeMember("reader"));
        given().auth()
                .oauth2(reader)
                .queryParam("skill", rareSkill)
                .queryParam("location", "LIS")
                .get("/members")
                .then()
                .body("items.id", equalTo(List.of(lisbon)));
        given().auth()
                .oauth2(Community.admin())
                .queryParam("skill", rareSkill)
                .queryParam("location", "lis")
                .get("/members")
                .then()
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(reader)
                .queryParam("skill", rareSkill)
                .queryParam("industry", "finance")
                .queryParam("careerStage", "SENIOR")
                .get("/members")
                .then()
                .body("items.id", equalTo(List.of(lisbon)));

        String goal = given().auth()
                .oauth2(Community.member(hidden))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "VOLUNTEER"))
                .post("/members/me/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(reader)
                .queryParam("skill", rareSkill)
                .queryParam("goal", "VOLUNTEER")
                .get("/members")
                .then()
                .body("items.id", equalTo(List.of(hidden)));
        given().auth()
                .oauth2(Community.member(hidden))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACHIEVED"))
                .put("/members/me/goals/" + goal)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(reader)
                .queryParam("skill", rareSkill)
                .queryParam("goal", "VOLUNTEER")
                .get("/members")
                .then()
                .body("totalItems", equalTo(0));

        given().auth()
                .oauth2(Community.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Code of conduct"))
                .post("/members/" + lisbon + "/suspension")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(reader)
                .queryParam("skill", rareSkill)
                .get("/members")
                .then()
                .body("items.id", equalTo(List.of(hidden)));
    }

    @Test
    void shouldSortAccentedNamesNextToTheirLettersNotAfterZ() {
        Map<String, String> idsByName = new HashMap<>();
        for (String name : List.of("Zakari", "Éric", "Arbeit", "Eugene", "Ärzte", "Eleanor")) {
            String id = Community.activeMember(name);
            given().auth()
                    .oauth2(Community.member(id))
                    .contentType(ContentType.JSON)
                    .body(Map.of("displayName", name, "skills", List.of(rareSkill)))
                    .put("/members/me")
                    .then()
                    .statusCode(200);
            idsByName.put(id, name);
        }

        List<String> ids = given().auth()
                .oauth2(Community.member(idsByName.keySet().iterator().next()))
                .queryParam("skill", rareSkill)
                .get("/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);

        assertThat(ids.stream().map(idsByName::get))
                .containsExactly("Arbeit", "Ärzte", "Eleanor", "Éric", "Eugene", "Zakari");
    }

    @Test
    void shouldCountMatchesExactlyUpToAThousandAndSayWhenThereAreMore() throws Exception {
        insertMembersWithTheRareSkill(1, DirectorySearch.EXACT_TOTAL_UP_TO);
        String reader = Community.member(Community.activeMember("counter"));
        rareSkillPage(reader, 0)
                .body("totalItems", equalTo(1000))
                .body("totalItemsExact", equalTo(true))
                .body("items.size()", equalTo(20));

        insertMembersWithTheRareSkill(DirectorySearch.EXACT_TOTAL_UP_TO + 1, DirectorySearch.EXACT_TOTAL_UP_TO + 1);
        rareSkillPage(reader, 0).body("totalItems", equalTo(1000)).body("totalItemsExact", equalTo(false));
        // a page past the first thousand counts up to itself, and there the count is exact again
        rareSkillPage(reader, 50)
                .body("totalItems", equalTo(1001))
                .body("totalItemsExact", equalTo(true))
                .body("items.size()", equalTo(1));
    }

    /** Page {@code page} (of 20) of the members with {@link #rareSkill}, as {@code token}'s member reads it. */
    private ValidatableResponse rareSkillPage(String token, int page) {
        return given().auth()
                .oauth2(token)
                .queryParam("skill", rareSkill)
                .queryParam("page", page)
                .get("/members")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRejectBadQueriesAndStrangers() {
        String member = Community.activeMember("asker");
        given().auth()
                .oauth2(Community.member(member))
                .queryParam("size", 101)
                .get("/members")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"));
        given().auth()
                .oauth2(Community.member(member))
                .queryParam("careerStage", "WIZARD")
                .get("/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/members").then().statusCode(401);
    }

    /**
     * Current members {@code from}..{@code to} with {@link #rareSkill}, straight into the table (its triggers). Their
     * memberships expire in a thousand years, so that no other test's expiry run, however far it moves the test clock,
     * spends its batch on them.
     */
    private void insertMembersWithTheRareSkill(int from, int to) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        """
                        insert into member (id, display_name, email, skills, topics, languages, open_to,
                            field_visibility, tier, status, expires_at, joined_at, updated_at, version)
                        select ? || n, 'Counted ' || n, ? || n || '@example.org', array[?], array[]::text[],
                            array['en'], array[]::text[], '{}'::jsonb, 'associate', 'ACTIVE',
                            now() + interval '1000 years', now(), now(), 0
                        from generate_series(?, ?) n
                        """)) {
            String prefix = "counted-" + rareSkill + "-";
            insert.setString(1, prefix);
            insert.setString(2, prefix);
            insert.setString(3, rareSkill);
            insert.setInt(4, from);
            insert.setInt(5, to);
            assertThat(insert.executeUpdate()).isEqualTo(to - from + 1);
        }
    }

    private String profiled(String name, Map<String, Object> fields) {
        String id = Community.activeMember(name);
        Map<String, Object> profile = new HashMap<>(Map.of("displayName", name + " " + rareSkill));
        profile.putAll(fields);
        given().auth()
                .oauth2(Community.member(id))
                .contentType(ContentType.JSON)
                .body(profile)
                .put("/members/me")
                .then()
                .statusCode(200);
        return id;
    }
}
