package org.guildhall.members.memberimport;

import static io.restassured.RestAssured.given;
import static org.guildhall.members.support.Community.TOKENS;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MemberImportDryRunTest {

    @Test
    void shouldSayPerRowWhatApplyingWouldDoAndWriteNothing() {
        String ada = "ada-" + UUID.randomUUID();
        String adaEmail = ada + "@example.org";
        given().auth()
                .oauth2(TOKENS.forUser(ada).roles("member").email(adaEmail).sign())
                .contentType("application/json")
                .body(Map.of("displayName", "Ada Lovelace", "timeZone", "Europe/London"))
                .post("/members")
                .then()
                .statusCode(201);
        String newcomer = "new-" + UUID.randomUUID() + "@example.org";
        String csv = "E-mail;Name;Tier\n"
                + adaEmail.toUpperCase() + ";Ada Lovelace;\n"
                + adaEmail + ";Ada King;associate\n"
                + newcomer + ";Grace Hopper;associate\n"
                + "nobody;Linus;gold\n";

        given().auth()
                .oauth2(Community.admin())
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/members/imports/dry-run")
                .then()
                .statusCode(200)
                .body("rows", equalTo(4))
                .body("toCreate", equalTo(1))
                .body("toUpdate", equalTo(0))
                .body("toSkip", equalTo(3))
                .body("lines[0].action", equalTo("SKIP"))
                .body("lines[0].memberId", equalTo(ada))
                .body("lines[1].problems[0].message", equalTo("the same e-mail address as row 2"))
                .body("lines[2].action", equalTo("CREATE"))
                .body("lines[3].problems.column", equalTo(java.util.List.of("E-mail", "Tier")));
        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}", ada)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Ada Lovelace"));
    }

    @Test
    void shouldAnswerAFileInAnotherEncodingWithAProblem() {
        given().auth()
                .oauth2(Community.admin())
                .contentType("text/csv")
                .body("email,Name\nzoe@example.org,Zoë\n".getBytes(StandardCharsets.ISO_8859_1))
                .post("/members/imports/dry-run")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/import-not-utf8"));
    }

    @Test
    void shouldLetOnlyAdministratorsImport() {
        given().auth()
                .oauth2(Community.member(Community.activeMember("mary")))
                .contentType("text/csv")
                .body("email,name\n".getBytes(StandardCharsets.UTF_8))
                .post("/members/imports/dry-run")
                .then()
                .statusCode(403);
        given().contentType("text/csv")
                .body("email,name\n".getBytes(StandardCharsets.UTF_8))
                .post("/members/imports/dry-run")
                .then()
                .statusCode(401);
    }
}
