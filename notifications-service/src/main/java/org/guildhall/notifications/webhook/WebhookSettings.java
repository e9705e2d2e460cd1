package org.guildhall.notifications.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks go out. */
@ConfigMapping(prefix = "guildhall.webhooks")
public interface WebhookSettings {

    /** The pause after the first failed attempt; it doubles with each further one, up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration backoff();

    /** The longest pause between two attempts. */
    @WithDefault("8h")
    Duration maxBackoff();

    /**
     * Attempts before a delivery fails and its endpoint is disabled. With the defaults the last attempt comes about 32
     * hours after the first: an endpoint gets more than a day to come back.
     */
    @WithDefault("14")
    int maxAttempts();

    /** Deliveries one dispatcher round takes. */
    @WithDefault("50")
    int batchSize();

    /** How often the dispatcher looks for due deliveries. */
    @WithDefault("2s")
    String dispatchEvery();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a receiver may take to answer; longer counts as a failed attempt. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Whether endpoints on loopback addresses (127.0.0.0/8, ::1) are allowed; the tests and the local run allow them. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Whether endpoints on private, link-local, carrier-grade NAT or unique-local addresses are allowed. */
    @WithDefault("false")
    boolean allowPrivate();

    default RetrySchedule retrySchedule() {
        return new RetrySchedule(backoff(), maxBackoff(), maxAttempts());
    }
}
