package org.guildhall.kit.http;

import jakarta.ws.rs.core.EntityTag;
import org.guildhall.kit.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP (docs/http.md): responses carry the aggregate's version as a strong {@code ETag}; a
 * change sent with {@code If-Match} is refused with 412 when the version has moved on.
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when {@code ifMatch} is absent, {@code *}, or names {@code currentVersion}; otherwise a 412 problem. A
     * malformed header is a 400 problem.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String expected = of(currentVersion).toString();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (!tag.startsWith("\"") && !tag.startsWith("W/\"")) {
                throw ProblemException.badRequest("malformed-if-match", "If-Match must hold quoted entity tags");
            }
            if (tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(
                "stale-version",
                "Precondition failed",
                412,
                "The resource changed since you read it (now " + expected + "); read it again and reapply your change");
    }
}
