package org.guildhall.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints real RS256-signed JWTs as the identity provider would: {@code sub} is the member id, {@code groups} the
 * roles, {@code aud} the four services (as Keycloak's realm in {@code deploy/keycloak} issues them). Also the bad ones
 * that security tests need: expired, from another issuer, signed by another key, meant for another audience.
 */
public final class TestTokens {

    /** The issuer that tests and the local run trust. */
    public static final String ISSUER = "https://guildhall.local/issuer";

    /**
     * The audience of a token by default: every service, each of which checks in production that it is named
     * ({@code %prod.quarkus.oidc.token.audience}).
     */
    public static final List<String> AUDIENCE =
            List.of("members-service", "events-service", "mentoring-service", "notifications-service");

    private final SigningKey key;
    private final String issuer;

    public TestTokens(SigningKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** Tokens signed with this JVM's test key. */
    public static TestTokens shared() {
        return new TestTokens(SigningKey.shared(), ISSUER);
    }

    public Token forUser(String subject) {
        return new Token(subject);
    }

    /** A member's token with an e-mail derived from the subject. */
    public String member(String subject) {
        return forUser(subject).roles("member").sign();
    }

    public String coordinator(String subject) {
        return forUser(subject).roles("member", "coordinator").sign();
    }

    public String admin(String subject) {
        return forUser(subject).roles("member", "admin").sign();
    }

    /** A token that can be built up claim by claim. */
    public final class Token {
        private final String subject;
        private List<String> roles = List.of("member");
        private String email;
        private String name;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private String tokenIssuer = issuer;
        private SigningKey signingKey = key;
        private List<String> audience = AUDIENCE;

        private Token(String subject) {
            this.subject = subject;
            this.email = subject + "@example.org";
            this.name = subject;
        }

        public Token roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Token email(String email) {
            this.email = email;
            return this;
        }

        public Token name(String name) {
            this.name = name;
            return this;
        }

        public Token validFor(Duration lifetime) {
            this.expiresAt = Instant.now().plus(lifetime);
            return this;
        }

        public Token expired() {
            this.expiresAt = Instant.now().minus(Duration.ofHours(1));
            return this;
        }

        public Token issuedBy(String otherIssuer) {
            this.tokenIssuer = otherIssuer;
            return this;
        }

        /** Meant for these audiences only; none at all leaves {@code aud} out of the token. */
        public Token audience(String... audiences) {
            this.audience = List.of(audiences);
            return this;
        }

        public Token signedWith(SigningKey otherKey) {
            this.signingKey = otherKey;
            return this;
        }

        public String sign() {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(tokenIssuer);
            claims.setSubject(subject);
            if (!audience.isEmpty()) {
                claims.setAudience(audience);
            }
            claims.setJwtId(UUID.randomUUID().toString());
            claims.setIssuedAt(NumericDate.fromMilliseconds(
                    Math.min(Instant.now().toEpochMilli(), expiresAt.toEpochMilli() - 60_000)));
            claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
            claims.setStringListClaim("groups", roles);
            claims.setClaim("preferred_username", subject);
            if (email != null) {
                claims.setClaim("email", email);
            }
            if (name != null) {
                claims.setClaim("name", name);
            }
            JsonWebSignature signature = new JsonWebSignature();
            signature.setPayload(claims.toJson());
            signature.setKey(signingKey.privateKey());
            signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            signature.setHeader("typ", "JWT");
            try {
                return signature.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("could not sign a token", e);
            }
        }
    }
}
