package org.guildhall.members.introduction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

public record AskForIntroductionRequest(
        @NotBlank @Size(max = 255) String introducerId,
        @NotBlank @Size(max = 255) String targetId,
        @NotBlank @Size(max = 500) @MultiLine String reason) {}
