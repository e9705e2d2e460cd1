package org.guildhall.events.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.guildhall.kit.edge.MultiLine;

/** A volunteer role a coordinator defines for an event. */
public record RoleRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 2000) @MultiLine String description,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> skillsWanted) {}
