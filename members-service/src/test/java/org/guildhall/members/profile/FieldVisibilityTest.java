package org.guildhall.members.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.guildhall.members.membership.MemberRepository;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every profile field, set to each visibility, read by each kind of caller: "members only" is a caller with the role
 * {@code member} whose membership is in good standing, not any signed-in token.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class FieldVisibilityTest {

    @Inject
    MemberRepository members;

    /** Who reads, and the widest visibility they may see (the e-mail aside). */
    private record Reader(String kind, Supplier<String> token, Visibility sees, boolean seesEmail) {}

    @Test
    void eachFieldShouldBeShownToEachKindOfCallerOnlyAsTheMemberChose() {
        String ada = Community.activeMember("ada");
        setGoal(ada);
        List<Reader> readers = readers();
        List<String> wrong = new ArrayList<>();

        for (Visibility chosen : Visibility.values()) {
            choose(ada, chosen);
            for (Reader reader : readers) {
                JsonPath profile = read(reader, ada);
                for (ProfileField field : ProfileField.values()) {
                    boolean expected =
                            field == ProfileField.EMAIL && reader.seesEmail() || chosen.shownTo(reader.sees());
                    boolean shown = profile.get(field.jsonName()) != null;
                    if (shown != expected) {
                        wrong.add(reader.kind() + " " + (shown ? "sees" : "misses") + " " + field.jsonName() + " ("
                                + chosen + ")");
                    }
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void aSignedInCallerWithoutMembershipShouldNotSearchTheDirectory() {
        given().auth()
                .oauth2(Community.TOKENS.forUser("guest-1").roles("guest").sign())
                .get("/members")
                .then()
                .statusCode(403);
    }

    @Test
    void aLapsedOrSuspendedMemberShouldNotSearchTheDirectoryWhateverTheirToken() {
        String lapsed = lapsedMember();
        String suspended = suspendedMember();
        String never = Community.newPerson("never");

        for (String outsider : List.of(lapsed, suspended, never)) {
            given().auth()
                    .oauth2(Community.member(outsider))
                    .get("/members")
                    .then()
                    .statusCode(403)
                    .body("type", org.hamcrest.Matchers.endsWith("/membership-not-current"));
        }
        given().auth()
                .oauth2(Community.member(Community.activeMember("grace")))
                .get("/members")
                .then()
                .statusCode(200);
    }

    @Test
    void aLapsedMemberShouldNeitherConnectNorAcceptNorAskForIntroductions() {
        String ada = Community.activeMember("ada");
        String bob = Community.activeMember("bob");
        String carol = Community.activeMember("carol");
        Community.connect(ada, bob);
        Community.connect(bob, carol);
        String requestId = given().auth()
                .oauth2(Community.member(carol))
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", ada, "note", "Hello"))
                .post("/connections/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        lapse(ada);

        given().auth()
                .oauth2(Community.member(ada))
                .post("/connections/requests/{id}/acceptance", requestId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("introducerId", bob, "targetId", carol, "reason", "Data engineering"))
                .post("/introductions")
                .then()
                .statusCode(403);
        // what is the member's own stays theirs: they may still leave a connection
        given().auth()
                .oauth2(Community.member(ada))
                .delete("/connections/{id}", bob)
                .then()
                .statusCode(204);
    }

    private List<Reader> readers() {
        String member = Community.activeMember("grace");
        String lapsed = lapsedMember();
        String suspended = suspendedMember();
        return List.of(
                new Reader("anonymous", () -> null, Visibility.PUBLIC, false),
                new Reader(
                        "guest",
                        () -> Community.TOKENS
                                .forUser(Community.newPerson("guest"))
                                .roles("guest")
                                .sign(),
                        Visibility.PUBLIC,
                        false),
                new Reader(
                        "token with the member role but no membership",
                        () -> Community.member(Community.newPerson("stranger")),
                        Visibility.PUBLIC,
                        false),
                new Reader("member", () -> Community.member(member), Visibility.MEMBERS, false),
                new Reader("lapsed member", () -> Community.member(lapsed), Visibility.PUBLIC, false),
                new Reader("suspended member", () -> Community.member(suspended), Visibility.PUBLIC, false),
                new Reader(
                        "coordinator",
                        () -> Community.TOKENS.coordinator(Community.newPerson("coordinator")),
                        Visibility.MEMBERS,
                        true),
                new Reader("admin", Community::admin, Visibility.PRIVATE, true));
    }

    private static JsonPath read(Reader reader, String memberId) {
        RequestSpecification request = given();
        String token = reader.token().get();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.get("/members/{id}", memberId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void choose(String memberId, Visibility chosen) {
        Map<String, Object> profile = new HashMap<>(ProfileTest.adasProfile());
        Map<String, String> visibility = new HashMap<>();
        Arrays.stream(ProfileField.values()).forEach(field -> visibility.put(field.jsonName(), chosen.name()));
        profile.put("visibility", visibility);
        given().auth()
                .oauth2(Community.member(memberId))
                .contentType(ContentType.JSON)
                .body(profile)
                .put("/members/me")
                .then()
                .statusCode(200);
    }

    private static void setGoal(String memberId) {
        given().auth()
                .oauth2(Community.member(memberId))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "FIND_MENTOR", "description", "A mentor in data engineering"))
                .post("/members/me/goals")
                .then()
                .statusCode(201);
    }

    private String lapsedMember() {
        String id = Community.activeMember("lapsed");
        lapse(id);
        return id;
    }

    private void lapse(String id) {
        QuarkusTransaction.requiringNew().run(() -> members.findById(id)
                .expire(Duration.ZERO, Instant.now().plus(Duration.ofDays(3660))));
    }

    private static String suspendedMember() {
        String id = Community.activeMember("suspended");
        given().auth()
                .oauth2(Community.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Code of conduct"))
                .post("/members/{id}/suspension", id)
                .then()
                .statusCode(200);
        return id;
    }
}
