package org.guildhall.mentoring.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.guildhall.kit.edge.MultiLine;

/** A member asks another for a short conversation on a topic, at one of a few times. */
public record RequestInterviewRequest(
        @NotBlank @Size(max = 255) String hostId,
        @NotBlank @Size(max = 200) String topic,
        @Size(max = 2000) @MultiLine String message,
        @NotEmpty @Size(max = 5) List<@NotNull Instant> proposedTimes) {}
