package org.guildhall.web.api;

import java.util.List;

/**
 * An RFC 9457 problem detail as a service answers it ({@code application/problem+json}): the stable {@code type} URI,
 * a {@code title}, the HTTP {@code status}, a {@code detail} sentence and, for validation, the fields it names.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    /** One field of the request a service refused, by the name the service's API gives it, and why. */
    public record Violation(String field, String message) {}

    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }
}
