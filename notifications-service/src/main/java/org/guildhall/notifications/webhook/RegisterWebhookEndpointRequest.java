package org.guildhall.notifications.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An endpoint to register: its URL, the CloudEvents types it wants (e.g. {@code guildhall.membership.MemberJoined.v1}),
 * optionally its secret ({@code whsec_<base64 of 24 to 64 bytes>}; one is made when left out) and a description.
 */
public record RegisterWebhookEndpointRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> eventTypes,
        @Size(max = 200) String secret,
        @Size(max = 500) String description) {}
