package org.guildhall.members.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/** The edge in members-service: the examples of issue 11 §3 and §8, each one of a kind the kit refuses everywhere. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class EdgeTest {

    @Test
    void shouldRefuseADotSegmentInsteadOfErasingTheMember() throws Exception {
        String ann = Community.activeMember("ann");
        for (String dots : List.of("%2e%2e", "..", "%2E%2E", ".")) {
            String answer =
                    raw("DELETE /members/me/goals/" + dots + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + Community.member(ann) + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json", "dot segment");
        }
        given().auth().oauth2(Community.member(ann)).get("/members/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnEncodedSlashNulOrLoneSurrogateInThePathOrQuery() throws Exception {
        String ann = Community.activeMember("ann");
        for (String target : List.of(
                "/members/me/goals/a%2Fb",
                "/members/a%00b", "/members/%ED%A0%80", "/members?q=a%00b", "/members?location=%ED%A0%80")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Community.member(ann) + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
    }

    @Test
    void shouldRefuseAPageThatWouldOverflowTheOffsetNamingIt() {
        String ann = Community.activeMember("ann");
        for (String list : List.of("/members", "/connections", "/connections/requests", "/introductions")) {
            given().auth()
                    .oauth2(Community.member(ann))
                    .queryParam("page", 2147483647)
                    .get(list)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("page"));
        }
    }

    @Test
    void shouldRefuseControlAndInvisibleCharactersInANameNamingTheField() {
        for (String name :
                List.of("Ann\nLine", "Ann\u0000", "Ann\u202Eenil", "A\u200Bnn", "Ann\u2066x\u2069", "\uFEFFAnn")) {
            String id = Community.newPerson("ann");
            given().auth()
                    .oauth2(Community.member(id))
                    .contentType(ContentType.JSON)
                    .body(Map.of("displayName", name))
                    .post("/members")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("displayName"));
        }
    }

    @Test
    void shouldRefuseALoneSurrogateInsteadOfStoringAQuestionMark() {
        String id = Community.newPerson("ann");
        given().auth()
                .oauth2(Community.member(id))
                .contentType(ContentType.JSON)
                .body("{\"displayName\":\"Ann \\ud800\"}")
                .post("/members")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("displayName"));
    }

    @Test
    void shouldKeepLineBreaksInABioButNormaliseEveryTextToNfc() {
        String id = Community.activeMember("eric");
        given().auth()
                .oauth2(Community.member(id))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "E\u0301ric", "bio", "First line\nSecond line"))
                .put("/members/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("\u00C9ric"))
                .body("bio", equalTo("First line\nSecond line"));
        given().auth()
                .oauth2(Community.member(id))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Eric", "bio", "Nul\u0000inside"))
                .put("/members/me")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("bio"));
    }

    @Test
    void shouldRefuseWrongJsonTypesNullItemsAndDatesOutsideTheCalendar() {
        String id = Community.activeMember("ann");
        Map<String, String> bodies = Map.of(
                "{\"displayName\": 123}", "displayName",
                "{\"displayName\": \"Ann\", \"careerStage\": 1}", "careerStage",
                "{\"displayName\": \"Ann\", \"skills\": [\"java\", null]}", "skills[1]",
                "{\"displayName\": \"Ann\", \"headline\": true}", "headline");
        bodies.forEach((body, field) -> given().auth()
                .oauth2(Community.member(id))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/members/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field)));
        for (String date : List.of("\"+999999999-12-31\"", "\"0999-12-31\"", "20300101")) {
            given().auth()
                    .oauth2(Community.member(id))
                    .contentType(ContentType.JSON)
                    .body("{\"kind\": \"FIND_MENTOR\", \"targetDate\": " + date + "}")
                    .post("/members/me/goals")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("targetDate"));
        }
    }

    @Test
    void shouldAnswerTheHttpLayersOwnRefusalsAsProblems() throws Exception {
        String token = Community.member(Community.activeMember("ann"));
        String longUri = raw("GET /members?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");
        assertThat(longUri).startsWith("HTTP/1.1 414").contains("application/problem+json");
        String bigHeaders = raw("GET /members/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nX-Padding: " + "p".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431").contains("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada", "headline", "x".repeat(300_000)))
                .post("/members")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{}")
                .patch("/members/me")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void shouldTellABusyCallerWhenToRetry() {
        String token = Community.member(Community.activeMember("ann"));
        given().auth()
                .oauth2(token)
                .get("/test-only/busy")
                .then()
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("1"));
    }

    /** One request as bytes on a socket, so no client normalises its path; the whole answer as text. */
    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
