package org.guildhall.mentoring.appreciation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

/** A thank-you: to whom, for what, in a few words. */
public record SendAppreciationRequest(
        @NotBlank @Size(max = 255) String toMemberId,
        @NotNull AppreciationContext context,
        @NotBlank @Size(max = 255) String contextId,
        @NotBlank @Size(max = 1000) @MultiLine String message) {}
