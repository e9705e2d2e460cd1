package org.guildhall.members.connection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

public record RequestConnectionRequest(
        @NotBlank @Size(max = 255) String recipientId, @Size(max = 500) @MultiLine String note) {}
