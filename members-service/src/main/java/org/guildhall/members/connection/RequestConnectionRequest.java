package org.guildhall.members.connection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RequestConnectionRequest(@NotBlank @Size(max = 255) String recipientId, @Size(max = 500) String note) {}
