package org.guildhall.members.introduction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

public record MakeIntroductionRequest(
        @NotBlank @Size(max = 255) String firstMemberId,
        @NotBlank @Size(max = 255) String secondMemberId,
        @NotBlank @Size(max = 500) @MultiLine String reason) {}
