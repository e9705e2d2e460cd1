package org.guildhall.notifications.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.notifications.preference.EmailDecision;
import org.guildhall.notifications.vocabulary.Channel;

/** One e-mail of one notification: planned from the member's preferences, then sent, retried, or given up. */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private UUID id;

    @Column(name = "notification_id")
    private UUID notificationId;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String kind;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    @Column(name = "due_at")
    private Instant dueAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Delivery() {}

    /** An e-mail as the member's preferences decide it. */
    public static Delivery planned(
            UUID notificationId, String memberId, String kind, EmailDecision decision, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.notificationId = notificationId;
        delivery.memberId = memberId;
        delivery.channel = Channel.EMAIL;
        delivery.kind = kind;
        delivery.status = statusOf(decision);
        delivery.dueAt = decision.dueAt();
        delivery.lastError = decision.outcome() == EmailDecision.Outcome.SUPPRESS ? decision.reason() : null;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        return delivery;
    }

    private static DeliveryStatus statusOf(EmailDecision decision) {
        return switch (decision.outcome()) {
            case SEND_NOW -> DeliveryStatus.PENDING;
            case DEFER -> DeliveryStatus.DEFERRED;
            case BATCH -> DeliveryStatus.BATCHED;
            case SUPPRESS -> DeliveryStatus.SUPPRESSED;
        };
    }

    /** Whether the dispatcher should send it now, alone (batched ones go in a digest). */
    public boolean isDue(Instant now) {
        return (status == DeliveryStatus.PENDING || status == DeliveryStatus.DEFERRED) && !dueAt.isAfter(now);
    }

    public void sent(Instant now) {
        requireOpen();
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        dueAt = null;
        lastError = null;
        updatedAt = now;
    }

    /** Went out inside the member's daily digest. */
    public void sentInDigest(Instant now) {
        if (status != DeliveryStatus.BATCHED) {
            throw new IllegalStateException("only a batched delivery goes in a digest, not a " + status + " one");
        }
        sent(now);
    }

    /**
     * An e-mail not yet sent follows a new decision of the member's preferences. A pending one that the decision
     * sends now keeps its retry time.
     */
    public void replan(EmailDecision decision, Instant now) {
        requireOpen();
        if (decision.outcome() == EmailDecision.Outcome.SEND_NOW && status == DeliveryStatus.PENDING) {
            return;
        }
        status = statusOf(decision);
        dueAt = decision.dueAt();
        lastError = decision.outcome() == EmailDecision.Outcome.SUPPRESS ? decision.reason() : lastError;
        updatedAt = now;
    }

    /** An attempt failed: retried after {@code backoff} doubling per attempt, until {@code maxAttempts}. */
    public void attemptFailed(String error, Instant now, int maxAttempts, Duration backoff) {
        failed(DeliveryStatus.PENDING, error, now, maxAttempts, backoff);
    }

    /** The digest holding this delivery could not be sent: it waits for the digest's next attempt. */
    public void digestFailed(String error, Instant now, int maxAttempts, Duration backoff) {
        failed(DeliveryStatus.BATCHED, error, now, maxAttempts, backoff);
    }

    private void failed(DeliveryStatus retryAs, String error, Instant now, int maxAttempts, Duration backoff) {
        requireOpen();
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        updatedAt = now;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            dueAt = null;
        } else {
            status = retryAs;
            dueAt = now.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    private void requireOpen() {
        if (status == DeliveryStatus.SENT || status == DeliveryStatus.FAILED || status == DeliveryStatus.SUPPRESSED) {
            throw new IllegalStateException("delivery " + id + " is already " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public String memberId() {
        return memberId;
    }

    public Channel channel() {
        return channel;
    }

    public String kind() {
        return kind;
    }

    public DeliveryStatus status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
