package org.guildhall.members.introduction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/**
 * An introduction is asked as its requester stood then; it is forwarded and accepted only while they are a current
 * member (issue 11 §5): a requester suspended after asking is neither forwarded nor connected.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class IntroductionStandingTest {

    @Test
    void anIntroductionAskedByAMemberSuspendedSinceShouldNeitherBeForwardedNorConnectThem() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");
        Community.connect(ada, grace);
        Community.connect(grace, linus);
        String asked =
                askFor(ada, grace, linus).then().statusCode(201).extract().path("id");
        act(grace, asked, "forward").then().statusCode(200);
        suspend(ada);

        act(linus, asked, "accept").then().statusCode(409).body("type", endsWith("/not-a-current-member"));
        given().auth()
                .oauth2(Community.member(linus))
                .get("/connections")
                .then()
                .body("items.memberId", not(hasItem(ada)));
    }

    @Test
    void anIntroductionAskedByAMemberSuspendedSinceShouldNotBeForwarded() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");
        Community.connect(ada, grace);
        Community.connect(grace, linus);
        String asked =
                askFor(ada, grace, linus).then().statusCode(201).extract().path("id");
        suspend(ada);

        act(grace, asked, "forward").then().statusCode(409).body("type", endsWith("/not-a-current-member"));
    }

    private static void suspend(String member) {
        given().auth()
                .oauth2(Community.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Unpaid invoice"))
                .post("/members/{id}/suspension", member)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response askFor(String requester, String introducer, String target) {
        return given().auth()
                .oauth2(Community.member(requester))
                .contentType(ContentType.JSON)
                .body(Map.of("introducerId", introducer, "targetId", target, "reason", "Kernel advice"))
                .post("/introductions");
    }

    private static io.restassured.response.Response act(String member, String id, String action) {
        return given().auth().oauth2(Community.member(member)).post("/introductions/{id}/" + action, id);
    }
}
