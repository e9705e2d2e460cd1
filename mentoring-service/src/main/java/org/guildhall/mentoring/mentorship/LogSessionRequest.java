package org.guildhall.mentoring.mentorship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.guildhall.kit.edge.MultiLine;

/** A session the pair had: when, how long, on what, and notes only the pair will read. */
public record LogSessionRequest(
        @NotNull LocalDate sessionDate,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @Size(max = 10) List<@NotBlank @Size(max = 64) String> topics,
        @Size(max = 4000) @MultiLine String privateNotes) {

    List<String> topicsOrNone() {
        return topics == null ? List.of() : topics;
    }
}
