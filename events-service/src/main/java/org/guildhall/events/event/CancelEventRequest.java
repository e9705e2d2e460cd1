package org.guildhall.events.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

/** Why an event is called off; registrants are told. */
public record CancelEventRequest(@NotBlank @Size(max = 500) @MultiLine String reason) {}
