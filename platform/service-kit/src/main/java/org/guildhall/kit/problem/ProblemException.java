package org.guildhall.kit.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * A domain rule said no. Aggregates and services throw it; {@link ProblemMappers} turns it into its problem detail.
 * The kind is a stable slug that becomes the problem's type URI ({@code member-already-joined}).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(String kind, String title, int status, String detail) {
        this(kind, title, status, detail, null);
    }

    /** A problem the client may retry after {@code retryAfter}: the answer carries {@code Retry-After}. */
    public ProblemException(String kind, String title, int status, String detail, Duration retryAfter) {
        super(detail);
        this.problem = Problem.of(kind, title, status, detail);
        this.retryAfter = retryAfter;
    }

    /** A problem built by hand, such as a validation problem that names its fields. */
    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfter = null;
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(what + "-not-found", "Not found", 404, "No " + what + " " + id);
    }

    public static ProblemException conflict(String kind, String detail) {
        return new ProblemException(kind, "Conflict", 409, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException("forbidden", "Forbidden", 403, detail);
    }

    public static ProblemException badRequest(String kind, String detail) {
        return new ProblemException(kind, "Bad request", 400, detail);
    }

    /**
     * A rule refusing one field of a request ({@code status} 400, 409, ...): the detail reads "{@code field}: {@code
     * message}" as the services' other refusals do, and the problem's {@code violations} name the field, so that a form
     * shows the refusal beside it.
     */
    public static ProblemException onField(String kind, int status, String field, String message) {
        Problem plain = Problem.of(kind, status == 409 ? "Conflict" : "Bad request", status, field + ": " + message);
        return new ProblemException(new Problem(
                plain.type(),
                plain.title(),
                plain.status(),
                plain.detail(),
                java.util.List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException unavailable(String kind, String detail) {
        return new ProblemException(kind, "Service busy", 503, detail);
    }
}
