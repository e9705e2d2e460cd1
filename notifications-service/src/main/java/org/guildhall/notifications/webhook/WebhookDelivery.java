package org.guildhall.notifications.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One domain event on its way to one endpoint: attempted until the receiver answers 2xx or the retries run out. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private UUID id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "endpoint_id")
    private UUID endpointId;

    /** The consumed event's id, also the {@code webhook-id} of every attempt. */
    @Column(name = "message_id")
    private UUID messageId;

    @Column(name = "event_type")
    private String eventType;

    private String subject;

    @Enumerated(EnumType.STRING)
    private WebhookDeliveryStatus status;

    private int attempts;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WebhookDelivery() {}

    /** The delivery of the event {@code messageId} to {@code endpointId}, due at once. */
    public static WebhookDelivery pending(
            UUID endpointId, UUID messageId, String eventType, String subject, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.endpointId = endpointId;
        delivery.messageId = messageId;
        delivery.eventType = eventType;
        delivery.subject = subject;
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.dueAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        return delivery;
    }

    /** The receiver accepted it. */
    public void delivered(int statusCode, Instant now) {
        requirePending();
        attempts++;
        status = WebhookDeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        dueAt = null;
        updatedAt = now;
    }

    /**
     * An attempt failed ({@code statusCode} null when no answer came): tried again after the schedule's pause, or
     * failed for good when no attempt is left. Returns whether it failed for good.
     */
    public boolean attemptFailed(Integer statusCode, String error, Instant now, RetrySchedule schedule) {
        requirePending();
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        updatedAt = now;
        if (schedule.exhaustedAfter(attempts)) {
            status = WebhookDeliveryStatus.FAILED;
            dueAt = null;
            return true;
        }
        dueAt = now.plus(schedule.pauseAfter(attempts));
        return false;
    }

    private void requirePending() {
        if (status != WebhookDeliveryStatus.PENDING) {
            throw new IllegalStateException("webhook delivery " + id + " is already " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public UUID messageId() {
        return messageId;
    }

    public String eventType() {
        return eventType;
    }

    public String subject() {
        return subject;
    }

    public WebhookDeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
