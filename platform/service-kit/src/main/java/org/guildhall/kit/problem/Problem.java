package org.guildhall.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable per kind of problem; {@code violations} names the fields of a
 * rejected request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "https://guildhall.org/problems/";

    /** One rejected field: its path in the request ({@code displayName}, {@code skills[2]}) and why. */
    public record Violation(String field, String message) {}

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(URI.create(TYPE_BASE + kind), title, status, detail, List.of());
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem(URI.create(TYPE_BASE + "validation"), "Invalid request", 400, detail, violations);
    }

    /** Seconds a client waits before it retries a 503 or 429 (every such answer says so: issue 11 §8). */
    public static final int RETRY_AFTER_SECONDS = 1;

    public Response toResponse() {
        return toResponse(RETRY_AFTER_SECONDS);
    }

    /** The answer; a 503 or 429 tells the client to wait {@code retryAfterSeconds} before it retries. */
    public Response toResponse(long retryAfterSeconds) {
        Response.ResponseBuilder response =
                Response.status(status).type(MEDIA_TYPE).entity(this);
        if (status == 503 || status == 429) {
            response.header("Retry-After", retryAfterSeconds);
        }
        return response.build();
    }
}
