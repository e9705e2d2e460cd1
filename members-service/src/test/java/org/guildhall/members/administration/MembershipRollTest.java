package org.guildhall.members.administration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MembershipRollTest {

    @Test
    void anAdministratorShouldFindPendingApplicationsAndMembersOfAStatusByName() {
        String admin = Community.admin();
        String quentin = Community.newPerson("quentin");
        Community.join(quentin, "fellow");
        String active = Community.activeMember("quincy");

        given().auth()
                .oauth2(admin)
                .queryParam("status", "PENDING")
                .queryParam("size", 100)
                .get("/admin/members")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(quentin))
                .body("items.id", not(hasItem(active)))
                .body("items.find { it.id == '" + quentin + "' }.tier", equalTo("fellow"));
        given().auth()
                .oauth2(admin)
                .queryParam("status", "ACTIVE")
                .queryParam("q", "quin")
                .queryParam("size", 100)
                .get("/admin/members")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(active))
                .body("items.id", not(hasItem(quentin)));
    }

    @Test
    void anAdministratorShouldTurnDownAnApplicationWithAReasonKeptInItsHistory() {
        String admin = Community.admin();
        String rhea = Community.newPerson("rhea");
        Community.join(rhea, "professional");

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post("/members/{id}/rejection", rhea)
                .then()
                .statusCode(400)
                .body("type", endsWith("/reason-required"))
                .body("violations[0].field", equalTo("reason"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "References missing"))
                .post("/members/{id}/rejection", rhea)
                .then()
                .statusCode(200)
                .body("status", equalTo("LAPSED"))
                .body("statusReason", equalTo("References missing"));
        given().auth()
                .oauth2(admin)
                .get("/members/{id}/status-history", rhea)
                .then()
                .body("to", equalTo(List.of("PENDING", "LAPSED")))
                .body("reason[1]", equalTo("References missing"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Again"))
                .post("/members/{id}/rejection", rhea)
                .then()
                .statusCode(409)
                .body("type", endsWith("/transition-not-allowed"));
    }

    @Test
    void theRollShouldBeForAdministratorsOnly() {
        String member = Community.activeMember("tom");
        given().auth()
                .oauth2(Community.member(member))
                .get("/admin/members")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.TOKENS.coordinator("coordinator-roll"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "No"))
                .post("/members/{id}/rejection", member)
                .then()
                .statusCode(403);
    }

    @Test
    void anAdministratorShouldSeeEachErasureWithWhatWentFromWhichFeatureButNotWhoItWas() {
        String admin = Community.admin();
        String uma = Community.activeMember("uma");
        String vic = Community.activeMember("vic");
        Community.connect(uma, vic);
        given().auth().oauth2(admin).delete("/members/{id}", uma).then().statusCode(204);

        var erasures = given().auth()
                .oauth2(admin)
                .get("/admin/erasures")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> newest = erasures.getMap("items[0]");
        org.assertj.core.api.Assertions.assertThat(erasures.prettify()).doesNotContain(uma, "Uma Tester");
        org.assertj.core.api.Assertions.assertThat((String) newest.get("pseudonym"))
                .startsWith("erased-");
        org.assertj.core.api.Assertions.assertThat(newest).containsEntry("requestedBy", "admin");
        org.assertj.core.api.Assertions.assertThat(newest).containsEntry("service", "members-service");
        org.assertj.core.api.Assertions.assertThat(erasures.getList("items[0].features", Map.class))
                .contains(Map.of("feature", "profile", "rows", 1), Map.of("feature", "connections", "rows", 1));
        given().auth()
                .oauth2(Community.member(vic))
                .get("/admin/erasures")
                .then()
                .statusCode(403);
    }
}
