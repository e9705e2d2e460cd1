package org.guildhall.members.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ProblemDetailsTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Test
    void shouldAnswerAnUnexpectedFailureOpaquely() {
        given().auth()
                .oauth2(TOKENS.member("ada"))
                .when()
                .get("/test-only/failure")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", endsWith("/internal"))
                .body("detail", containsString("quote error"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("org.guildhall")));
    }

    @Test
    void shouldForbidACallerWithoutTheNeededRole() {
        given().auth()
                .oauth2(TOKENS.forUser("outsider").roles().sign())
                .when()
                .get("/members/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void shouldAnswerUnknownPathsAndWrongMediaTypesWithProblems() {
        given().auth()
                .oauth2(TOKENS.member("ada"))
                .when()
                .get("/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TOKENS.member("ada"))
                .contentType(ContentType.TEXT)
                .body("hello")
                .when()
                .post("/members")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnOversizedBody() {
        given().auth()
                .oauth2(TOKENS.member("ada"))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada", "headline", "x".repeat(300_000)))
                .when()
                .post("/members")
                .then()
                .statusCode(413);
    }
}
