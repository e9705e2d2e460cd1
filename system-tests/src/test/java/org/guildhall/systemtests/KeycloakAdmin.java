package org.guildhall.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.guildhall.local.LocalKeycloak;

/**
 * What the security tests do to the running Keycloak through its admin REST API, as an operator would, and a look
 * inside the tokens it issues.
 */
final class KeycloakAdmin {

    private final LocalKeycloak keycloak;

    KeycloakAdmin(LocalKeycloak keycloak) {
        this.keycloak = keycloak;
    }

    /** A request as the {@code master} realm's administrator (its tokens live a minute: a fresh one each time). */
    RequestSpecification admin() {
        return given().baseUri(keycloak.baseUrl().toString())
                .auth()
                .oauth2(keycloak.adminToken())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Creates a realm from a realm export on the test class path, unless it exists already. */
    void importRealm(String resource) {
        int status = admin().body(resourceText(resource))
                .when()
                .post("/admin/realms")
                .then()
                .extract()
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Keycloak did not create the realm of " + resource + ": " + status);
        }
    }

    /** Creates a client in {@code realm} from its representation. */
    void createClient(String realm, Map<String, Object> client) {
        admin().body(client)
                .when()
                .post("/admin/realms/{realm}/clients", realm)
                .then()
                .statusCode(201);
    }

    /** The id of the key that signs the realm's RS256 tokens now. */
    String activeSigningKey(String realm) {
        return admin().when()
                .get("/admin/realms/{realm}/keys", realm)
                .then()
                .statusCode(200)
                .extract()
                .path("active.RS256");
    }

    /**
     * Adds an RSA key provider with {@code priority}, as the README's rotation says: from now on the realm signs with
     * its new key, and the old one still verifies. Returns the new key's id.
     */
    String addSigningKey(String realm, String name, int priority) {
        String realmId = admin().when()
                .get("/admin/realms/{realm}", realm)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        admin().body(Map.of(
                        "name",
                        name,
                        "providerId",
                        "rsa-generated",
                        "providerType",
                        "org.keycloak.keys.KeyProvider",
                        "parentId",
                        realmId,
                        "config",
                        Map.of(
                                "priority", List.of(Integer.toString(priority)),
                                "keySize", List.of("2048"),
                                "algorithm", List.of("RS256"),
                                "active", List.of("true"),
                                "enabled", List.of("true"))))
                .when()
                .post("/admin/realms/{realm}/components", realm)
                .then()
                .statusCode(201);
        return activeSigningKey(realm);
    }

    /**
     * Creates a person in {@code realm} with a password, as an operator would; they get the realm's default roles
     * (the role member).
     */
    void createUser(String realm, String username, String password, String firstName, String lastName) {
        admin().body(Map.of(
                        "username",
                        username,
                        "email",
                        username + "@example.org",
                        "emailVerified",
                        true,
                        "firstName",
                        firstName,
                        "lastName",
                        lastName,
                        "enabled",
                        true,
                        "credentials",
                        List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .when()
                .post("/admin/realms/{realm}/users", realm)
                .then()
                .statusCode(201);
    }

    /** The claims of a JWT, unverified: what the test asserts about a token it got. */
    static JsonPath claims(String jwt) {
        return part(jwt, 1);
    }

    /** The JOSE header of a JWT: {@code kid}, {@code alg}. */
    static JsonPath header(String jwt) {
        return part(jwt, 0);
    }

    private static JsonPath part(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8));
    }

    private static String resourceText(String resource) {
        try (InputStream in = KeycloakAdmin.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
