package org.guildhall.members.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/**
 * A problem's detail is read by a person (the web application shows it beside the form), so it names members by
 * their display name, never by their id: connection requests and introductions, each refusal that mentions another
 * member.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProblemsNamePeopleTest {

    @Test
    void aRefusedConnectionRequestShouldNameTheOtherMember() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        request(ada, grace).then().statusCode(201);

        request(ada, grace)
                .then()
                .statusCode(409)
                .body("detail", allOf(containsString(name(grace)), not(containsString(grace))));
        String linus = Community.activeMember("linus");
        Community.connect(ada, linus);
        request(ada, linus)
                .then()
                .statusCode(409)
                .body("detail", allOf(containsString(name(linus)), not(containsString(linus))));
    }

    @Test
    void aRefusedIntroductionShouldNameTheMembersItConcerns() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");

        askForIntroduction(ada, grace, linus)
                .then()
                .statusCode(409)
                .body("detail", allOf(containsString(name(grace)), not(containsString(grace))));
        Community.connect(ada, grace);
        askForIntroduction(ada, grace, linus)
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        allOf(
                                containsString(name(grace) + " is not connected with " + name(linus)),
                                not(containsString(linus))));
        given().auth()
                .oauth2(Community.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("firstMemberId", ada, "secondMemberId", linus, "reason", "Kernel advice"))
                .post("/introductions/direct")
                .then()
                .statusCode(409)
                .body("detail", allOf(containsString(name(linus)), not(containsString(linus))));
    }

    private static Response request(String from, String to) {
        return given().auth()
                .oauth2(Community.member(from))
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", to, "note", "Hello"))
                .post("/connections/requests");
    }

    private static Response askForIntroduction(String requester, String introducer, String target) {
        return given().auth()
                .oauth2(Community.member(requester))
                .contentType(ContentType.JSON)
                .body(Map.of("introducerId", introducer, "targetId", target, "reason", "Kernel advice"))
                .post("/introductions");
    }

    /** The display name {@link Community} gives a member: "Ada Tester" for an id that starts with "ada-". */
    private static String name(String id) {
        String first = id.substring(0, id.indexOf('-'));
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " Tester";
    }
}
