package org.guildhall.kit.readmodel;

import java.time.Duration;
import org.guildhall.kit.problem.ProblemException;

/**
 * A decision needs another service's data that this service's read model has not received yet (a member who joined a
 * moment ago). Never a refusal: {@link ReadModelLag} waits for it briefly, and past that the client hears 503 with
 * {@code Retry-After} and the problem type {@code https://guildhall.org/problems/<kind>}.
 */
public class NotYetKnown extends ProblemException {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public NotYetKnown(String kind, String detail) {
        super(kind, "Not known here yet", 503, detail, RETRY_AFTER);
    }

    /** The caller's own membership has not reached this service yet. */
    public static NotYetKnown member(String memberId) {
        return new NotYetKnown(
                "member-not-yet-known",
                "Your membership " + memberId + " has not reached this service yet; try again in a moment");
    }

    /** As {@link #member}, where the decision does not know the id. */
    public static NotYetKnown caller() {
        return new NotYetKnown(
                "member-not-yet-known", "Your membership has not reached this service yet; try again in a moment");
    }

    /** Another member the caller names (a coordinator assigning them, say) has not reached this service yet. */
    public static NotYetKnown otherMember(String memberId) {
        return new NotYetKnown(
                "member-not-yet-known",
                "Member " + memberId + " is not known to this service yet; if they joined a moment ago, try again");
    }
}
