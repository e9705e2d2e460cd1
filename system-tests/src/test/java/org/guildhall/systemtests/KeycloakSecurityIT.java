package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.local.LocalKeycloak;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production security path (docs/security.md) with a real Keycloak: the realm of {@code deploy/keycloak} imported, the
 * four services configured as in production ({@code QUARKUS_OIDC_AUTH_SERVER_URL}, {@code %prod} audience check), and
 * every token obtained from Keycloak by the password grant of {@code guildhall-cli}, as a script would.
 *
 * <p>The key rotation runs first: a service fetches Keycloak's key set again on a token with an unknown key id at most
 * once per {@code quarkus.oidc.token.forced-jwk-refresh-interval} (10 min), and the token of another realm, which the
 * later test sends, is such a token.
 *
 * <p>It is the first class on the platform with Keycloak that the classes share ({@link GuildhallKeycloakPlatform}), for
 * the same reason and because ada joins here; its events lie {@link #EVENTS_AHEAD} ahead, beyond the period whose roles
 * {@code CoordinatorWebIT}'s volunteering report lists.
 */
@ExtendWith(GuildhallKeycloakPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class KeycloakSecurityIT {

    private static final String ADA = "ada";
    private static final String GRACE = "grace";
    private static final String ADA_ID = "6f1c8a52-4b8e-4a36-9a0e-5d0a7d1b0a01";
    private static final String GRACE_ID = "6f1c8a52-4b8e-4a36-9a0e-5d0a7d1b0a02";
    /** How far ahead its events start: more than two months, beyond this month and the next. */
    private static final Duration EVENTS_AHEAD = Duration.ofDays(100);

    private static final List<String> SERVICES =
            List.of("members-service", "events-service", "mentoring-service", "notifications-service");

    /**
     * A read every member may make before joining, per service: 200 with a good token, 401 with a bad one (the
     * directory needs a membership in good standing, issue 11 §5).
     */
    private static final Map<Service, String> MEMBER_READS = Map.of(
            Service.MEMBERS, "/connections?size=1",
            Service.EVENTS, "/events?size=1",
            Service.MENTORING, "/topics",
            Service.NOTIFICATIONS, "/notifications/me?size=1");

    private LocalKeycloak keycloak;
    private KeycloakAdmin admin;
    private Api api;

    @BeforeEach
    void connect(Platform platform) {
        keycloak = platform.keycloak();
        admin = new KeycloakAdmin(keycloak);
        api = new Api(platform);
    }

    private String token(String user) {
        return keycloak.accessToken(user, LocalKeycloak.DEMO_PASSWORDS.get(user));
    }

    @Test
    @Order(1)
    void shouldAcceptTokensSignedWithARotatedKeyAndStillThoseSignedBefore() {
        String before = token(ADA);
        String oldKey = KeycloakAdmin.header(before).getString("kid");
        assertThat(oldKey).isEqualTo(admin.activeSigningKey(LocalKeycloak.REALM));
        assertEveryServiceAnswers(before, 200);

        String newKey = admin.addSigningKey(LocalKeycloak.REALM, "rsa-rotated", 200);
        String after = token(ADA);

        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(KeycloakAdmin.header(after).getString("kid"))
                .as("new tokens are signed with the new key")
                .isEqualTo(newKey);
        assertEveryServiceAnswers(after, 200); // each service fetches the key set again for the unknown key id
        assertEveryServiceAnswers(before, 200); // the old key still verifies until its tokens expire
    }

    @Test
    @Order(2)
    void shouldIssueTokensWithTheMemberIdTheRolesAndEveryServiceAsAudience() {
        JsonPath claims = KeycloakAdmin.claims(token(GRACE));

        assertThat(claims.getString("iss")).isEqualTo(keycloak.realmUrl().toString());
        assertThat(claims.getString("sub")).isEqualTo(GRACE_ID);
        assertThat(claims.getList("groups", String.class)).containsExactlyInAnyOrder("member", "coordinator");
        assertThat(claims.getList("aud", String.class)).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(claims.getString("azp")).isEqualTo(LocalKeycloak.CLIENT);
        assertThat(claims.getString("email")).isEqualTo("grace@example.org");
        assertThat(claims.getLong("exp") - claims.getLong("iat"))
                .as("access token lifespan")
                .isEqualTo(300);
    }

    @Test
    @Order(3)
    void shouldLetAMemberJoinBeWelcomedAndRegisterForAnEvent() {
        String ada = token(ADA);

        api.join(ada).then().statusCode(201).header("Location", endsWith("/members/" + ADA_ID));
        api.to(Service.MEMBERS, ada)
                .get("/members/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(ADA_ID))
                .body("email", equalTo("ada@example.org"));
        await("ada's welcome")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.welcomes(ada)).hasSize(1));

        String eventId = publishedEvent(token(GRACE), "Keycloak Meetup");
        // events-service learns of ada's membership over Kafka; a members-only event wants it
        await("ada's seat")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> register(ada, eventId).statusCode(), status -> status == 201 || status == 200);
        api.to(Service.EVENTS, ada)
                .get("/events/{id}/registrations/me", eventId)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(ADA_ID))
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    @Order(4)
    void shouldLetACoordinatorRunAnEventAndItsRosterButNotAMember() {
        String grace = token(GRACE);
        String ada = token(ADA);

        api.to(Service.EVENTS, ada)
                .contentType(ContentType.JSON)
                .body(meetup("Not yours to run"))
                .post("/events")
                .then()
                .statusCode(403);

        String eventId = publishedEvent(grace, "Volunteer Day");
        String roleId = api.to(Service.EVENTS, grace)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Door", "description", "Greets and checks people in"))
                .post("/events/{id}/roles", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant start = Instant.now().plus(EVENTS_AHEAD).truncatedTo(ChronoUnit.HOURS);
        api.to(Service.EVENTS, grace)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "roleId",
                        roleId,
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(Duration.ofHours(2)).toString(),
                        "needed",
                        2))
                .post("/events/{id}/shifts", eventId)
                .then()
                .statusCode(201);
        api.to(Service.EVENTS, grace)
                .get("/events/{id}/roster", eventId)
                .then()
                .statusCode(200)
                .body("shifts", hasSize(1))
                .body("shifts[0].roleName", equalTo("Door"))
                .body("shifts[0].openPlaces", equalTo(2));

        api.to(Service.EVENTS, ada).get("/events/{id}/roster", eventId).then().statusCode(403);
        api.to(Service.EVENTS, ada)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Bar"))
                .post("/events/{id}/roles", eventId)
                .then()
                .statusCode(403);
    }

    @Test
    @Order(5)
    void shouldRefuseATokenNotMeantForTheServices() {
        admin.createClient(
                LocalKeycloak.REALM,
                Map.of(
                        "clientId", "reporting-cli",
                        "publicClient", true,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true,
                        "fullScopeAllowed", false,
                        "defaultClientScopes", List.of("basic", "profile", "email", "guildhall-roles")));
        String token = LocalKeycloak.passwordGrant(
                keycloak.realmUrl(), "reporting-cli", ADA, LocalKeycloak.DEMO_PASSWORDS.get(ADA));

        JsonPath claims = KeycloakAdmin.claims(token);
        assertThat(claims.getString("iss")).isEqualTo(keycloak.realmUrl().toString());
        assertThat(claims.getList("groups", String.class)).containsExactly("member");
        assertThat(claims.getString("aud")).as("no audience").isNull();
        assertEveryServiceAnswers(token, 401);
    }

    @Test
    @Order(6)
    void shouldRefuseATokenOnceItHasExpired() {
        admin.createClient(
                LocalKeycloak.REALM,
                Map.of(
                        "clientId", "short-lived-cli",
                        "publicClient", true,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true,
                        "fullScopeAllowed", false,
                        "attributes", Map.of("access.token.lifespan", "6")));
        String token = LocalKeycloak.passwordGrant(
                keycloak.realmUrl(), "short-lived-cli", ADA, LocalKeycloak.DEMO_PASSWORDS.get(ADA));
        JsonPath claims = KeycloakAdmin.claims(token);
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(6);
        assertThat(claims.getList("aud", String.class)).containsExactlyInAnyOrderElementsOf(SERVICES);

        assertThat(read(Service.NOTIFICATIONS, token).statusCode())
                .as("while it is fresh")
                .isEqualTo(200);
        await("the token to expire")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> read(Service.NOTIFICATIONS, token).statusCode(), status -> status == 401);
        assertThat(Instant.now()).isAfter(Instant.ofEpochSecond(claims.getLong("exp")));
        assertEveryServiceAnswers(token, 401);
    }

    @Test
    @Order(7)
    void shouldRefuseATokenFromAnotherRealmOfTheSameKeycloak() {
        admin.importRealm("/keycloak/elsewhere-realm.json");
        String impostor = LocalKeycloak.passwordGrant(
                keycloak.realmUrl("elsewhere"), "guildhall-cli", ADA, LocalKeycloak.DEMO_PASSWORDS.get(ADA));

        JsonPath claims = KeycloakAdmin.claims(impostor);
        assertThat(claims.getString("iss"))
                .isEqualTo(keycloak.realmUrl("elsewhere").toString());
        assertThat(claims.getList("groups", String.class)).contains("member");
        assertThat(claims.getList("aud", String.class)).containsAll(SERVICES);
        assertEveryServiceAnswers(impostor, 401);
    }

    private void assertEveryServiceAnswers(String token, int status) {
        MEMBER_READS.forEach((service, path) -> assertThat(read(service, token).statusCode())
                .as("%s %s", service.serviceName(), path)
                .isEqualTo(status));
    }

    private Response read(Service service, String token) {
        return api.to(service, token).get(MEMBER_READS.get(service));
    }

    private Response register(String token, String eventId) {
        return api.to(Service.EVENTS, token)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/events/{id}/registrations", eventId);
    }

    /** Drafts and publishes a members-only meetup as the coordinator; returns its id. */
    private String publishedEvent(String coordinatorToken, String title) {
        return api.publishedEvent(coordinatorToken, meetup(title));
    }

    private static Map<String, Object> meetup(String title) {
        Instant start = Instant.now().plus(EVENTS_AHEAD).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> event = new HashMap<>();
        event.put("title", title);
        event.put("type", "MEETUP");
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plus(Duration.ofHours(3)).toString());
        event.put("timeZone", "Europe/London");
        event.put("venue", "Guildhall, London");
        event.put("capacity", 20);
        event.put("membersOnly", true);
        return event;
    }
}
