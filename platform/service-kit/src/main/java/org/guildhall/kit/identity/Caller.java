package org.guildhall.kit.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.guildhall.kit.problem.ProblemException;

/** Who is calling (docs/security.md): the member id is the token's {@code sub}, the roles come from {@code groups}. */
@RequestScoped
public class Caller {

    public static final String MEMBER = "member";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Whether the request carries no token (only endpoints open to the public let such a request in). */
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String memberId() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ProblemException.forbidden("The token names no subject");
        }
        return subject;
    }

    public Optional<String> email() {
        return Optional.ofNullable(token.<String>getClaim("email"));
    }

    public Optional<String> name() {
        return Optional.ofNullable(token.<String>getClaim("name"));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    /** Passes when the caller is {@code memberId} or holds one of {@code roles}; otherwise a 403 problem. */
    public void requireSelfOr(String memberId, String... roles) {
        if (memberId.equals(memberId())) {
            return;
        }
        for (String role : roles) {
            if (hasRole(role)) {
                return;
            }
        }
        throw ProblemException.forbidden("You may act only on your own data");
    }
}
