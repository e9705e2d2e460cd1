package org.guildhall.mentoring.mentorship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.guildhall.kit.edge.MultiLine;

/** A mentee asks a mentor, with a message and the goals they want to work on. */
public record AskForMentoringRequest(
        @NotBlank @Size(max = 255) String mentorId,
        @Size(max = 2000) @MultiLine String message,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> goals) {

    List<String> goalsOrNone() {
        return goals == null ? List.of() : goals;
    }
}
