package org.guildhall.members.erasurelog;

import java.time.Instant;
import java.util.List;

/**
 * One erasure as an administrator sees it: the pseudonym of the kept books, who asked ({@code member} or
 * {@code admin}), when, in which service, and how many rows of each feature went. Nothing that was erased.
 */
public record ErasureView(
        String pseudonym, String requestedBy, Instant erasedAt, String service, List<Feature> features) {

    public record Feature(String feature, long rows) {}
}
