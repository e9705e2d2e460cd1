package org.guildhall.notifications.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An endpoint as administrators see it; the secret only in the answer to its registration. */
public record WebhookEndpointView(
        UUID id,
        String url,
        String description,
        List<String> eventTypes,
        boolean enabled,
        String disabledReason,
        String createdBy,
        Instant createdAt,
        String secret) {

    static WebhookEndpointView of(WebhookEndpoint endpoint) {
        return new WebhookEndpointView(
                endpoint.id(),
                endpoint.url(),
                endpoint.description(),
                endpoint.eventTypes(),
                endpoint.enabled(),
                endpoint.disabledReason(),
                endpoint.createdBy(),
                endpoint.createdAt(),
                null);
    }

    static WebhookEndpointView withSecret(WebhookEndpoint endpoint) {
        WebhookEndpointView view = of(endpoint);
        return new WebhookEndpointView(
                view.id,
                view.url,
                view.description,
                view.eventTypes,
                view.enabled,
                view.disabledReason,
                view.createdBy,
                view.createdAt,
                endpoint.secret());
    }
}
