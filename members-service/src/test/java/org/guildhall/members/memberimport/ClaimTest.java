package org.guildhall.members.memberimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicReader;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ClaimTest {

    private static TopicReader membership;

    @BeforeAll
    static void readMembershipTopic() {
        membership = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP);
    }

    @AfterAll
    static void close() {
        membership.close();
    }

    @Test
    void shouldInviteAnImportedMemberAndLetThemClaimTheMembershipUnderTheirOwnId() {
        String email = "Grace.Hopper-" + UUID.randomUUID() + "@example.org";
        String importedId = imported(email, "Grace Hopper", "professional", "2031-01-31");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(types(importedId))
                .startsWith(MembershipEvents.MEMBER_INVITED.type(), MembershipEvents.MEMBER_JOINED.type()));
        ContractExamples.assertConforms(
                MembershipEvents.MEMBER_INVITED,
                membership.recordsWithKey(importedId).get(0).value());
        String sub = UUID.randomUUID().toString();

        given().auth()
                .oauth2(token(sub, email.toLowerCase(), true))
                .post("/members/me/claim")
                .then()
                .statusCode(200)
                .body("id", equalTo(sub))
                .body("displayName", equalTo("Grace Hopper"))
                .body("tier", equalTo("professional"));

        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}/status-history", sub)
                .then()
                .statusCode(200)
                .body("[0].to", equalTo("ACTIVE"));
        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}", importedId)
                .then()
                .statusCode(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(types(importedId)).contains(MembershipEvents.MEMBER_ERASED.type());
            assertThat(types(sub))
                    .contains(MembershipEvents.MEMBER_JOINED.type(), MembershipEvents.MEMBERSHIP_STATUS_CHANGED.type());
        });
        given().auth()
                .oauth2(token(UUID.randomUUID().toString(), email, true))
                .post("/members/me/claim")
                .then()
                .statusCode(404)
                .body("type", endsWith("/nothing-to-claim"));
    }

    @Test
    void shouldNotLetAnUnverifiedAddressClaimAMembership() {
        String email = "linus-" + UUID.randomUUID() + "@example.org";
        String importedId = imported(email, "Linus Torvalds", null, null);

        given().auth()
                .oauth2(token(UUID.randomUUID().toString(), email, false))
                .post("/members/me/claim")
                .then()
                .statusCode(403)
                .body("type", endsWith("/email-not-verified"));
        given().auth()
                .oauth2(Community.TOKENS
                        .forUser(UUID.randomUUID().toString())
                        .email(email)
                        .sign())
                .post("/members/me/claim")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}", importedId)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseAClaimBySomeoneWhoIsAMemberAlready() {
        String ada = Community.activeMember("ada");
        String email = "ada-" + UUID.randomUUID() + "@example.org";
        imported(email, "Ada Lovelace", null, null);

        given().auth()
                .oauth2(token(ada, email, true))
                .post("/members/me/claim")
                .then()
                .statusCode(409)
                .body("type", endsWith("/member-already-joined"));
    }

    /** Imports one person and answers the id their membership got. */
    private static String imported(String email, String name, String tier, String expires) {
        String admin = Community.admin();
        String csv = "email,name,tier,expires\n" + email + "," + name + "," + (tier == null ? "" : tier) + ","
                + (expires == null ? "" : expires) + "\n";
        String location = given().auth()
                .oauth2(admin)
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/members/imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE"
                .equals(given().auth()
                        .oauth2(admin)
                        .get(location)
                        .then()
                        .extract()
                        .path("status")));
        JsonPath roll = given().auth()
                .oauth2(admin)
                .queryParam("q", email.toLowerCase())
                .get("/admin/members")
                .then()
                .extract()
                .jsonPath();
        return roll.getString("items[0].id");
    }

    private static List<String> types(String memberId) {
        return membership.recordsWithKey(memberId).stream()
                .map(record -> TopicReader.header(record, CloudEventHeaders.TYPE))
                .toList();
    }

    /** A token as Keycloak issues it to someone who signed up, with {@code email_verified}. */
    private static String token(String subject, String email, boolean verified) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(TestTokens.ISSUER);
            claims.setSubject(subject);
            claims.setAudience(TestTokens.AUDIENCE);
            claims.setJwtId(UUID.randomUUID().toString());
            claims.setIssuedAt(
                    NumericDate.fromMilliseconds(Instant.now().minusSeconds(60).toEpochMilli()));
            claims.setExpirationTime(
                    NumericDate.fromMilliseconds(Instant.now().plusSeconds(3600).toEpochMilli()));
            claims.setStringListClaim("groups", List.of());
            claims.setClaim("email", email);
            claims.setClaim("email_verified", verified);
            JsonWebSignature signature = new JsonWebSignature();
            signature.setPayload(claims.toJson());
            signature.setKey(SigningKey.shared().privateKey());
            signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            signature.setHeader("typ", "JWT");
            return signature.getCompactSerialization();
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
