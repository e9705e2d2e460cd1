package org.guildhall.events.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator puts a member on a shift. */
public record AssignRequest(@NotBlank @Size(max = 255) String memberId) {}
