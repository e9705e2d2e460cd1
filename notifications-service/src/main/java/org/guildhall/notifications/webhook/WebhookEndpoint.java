package org.guildhall.notifications.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A URL an administrator registered to receive the domain events of the types it wants, signed with its secret. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    private UUID id;

    private String url;

    private String description;

    @Column(name = "event_types")
    private String eventTypes;

    private String secret;

    private boolean enabled;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected WebhookEndpoint() {}

    public static WebhookEndpoint register(
            String url, String description, List<String> eventTypes, String secret, String admin, Instant now) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.url = url;
        endpoint.description = description;
        endpoint.eventTypes =
                String.join(",", eventTypes.stream().distinct().sorted().toList());
        endpoint.secret = secret;
        endpoint.enabled = true;
        endpoint.createdBy = admin;
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        return endpoint;
    }

    /** Whether events of the CloudEvents {@code type} go to this endpoint. */
    public boolean wants(String type) {
        return eventTypes().contains(type);
    }

    /** Stops deliveries; those waiting stay and go out, in order, once it is enabled again. */
    public void disable(String reason, Instant now) {
        enabled = false;
        disabledReason = reason;
        updatedAt = now;
    }

    public void enable(Instant now) {
        enabled = true;
        disabledReason = null;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public List<String> eventTypes() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public String secret() {
        return secret;
    }

    public boolean enabled() {
        return enabled;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
