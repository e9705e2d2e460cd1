package org.guildhall.members.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.guildhall.testkit.TestTokens;

/** People of a test, joining and connecting through the API as members would. */
public final class Community {

    public static final TestTokens TOKENS = TestTokens.shared();

    private Community() {}

    /** A member id nobody has used yet. */
    public static String newPerson(String name) {
        return name + "-" + UUID.randomUUID();
    }

    /** Someone who joined in the default tier and is active. */
    public static String activeMember(String name) {
        String id = newPerson(name);
        join(id, null);
        return id;
    }

    public static void join(String id, String tier) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", displayName(id), "timeZone", "Europe/London"));
        if (tier != null) {
            body.put("tier", tier);
        }
        given().auth()
                .oauth2(TOKENS.member(id))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/members")
                .then()
                .statusCode(201);
    }

    /** Two members connected: one asked, the other accepted. */
    public static void connect(String one, String other) {
        String requestId = given().auth()
                .oauth2(TOKENS.member(one))
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", other, "note", "We met at the summit"))
                .post("/connections/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TOKENS.member(other))
                .post("/connections/requests/{id}/acceptance", requestId)
                .then()
                .statusCode(200);
    }

    public static String member(String id) {
        return TOKENS.member(id);
    }

    public static String admin() {
        return TOKENS.admin("admin-" + UUID.randomUUID());
    }

    private static String displayName(String id) {
        String first = id.substring(0, id.indexOf('-'));
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " Tester";
    }
}
