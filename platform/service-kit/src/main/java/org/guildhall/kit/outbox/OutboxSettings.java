package org.guildhall.kit.outbox;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How the relay behaves; defaults in the kit's configuration. */
@ConfigMapping(prefix = "guildhall.outbox")
public interface OutboxSettings {

    /** How long the relay waits for a wake-up before it looks at the table anyway. */
    Duration pollInterval();

    /** Rows published per round trip. */
    int batchSize();

    /** The pause after the broker or the database failed, before the next attempt. */
    Duration retryBackoff();

    /** How long a published row is kept before {@link OutboxPruning} deletes it. */
    Duration retention();

    /** How often {@link OutboxPruning} runs (read by its {@code @Scheduled}). */
    Duration pruneEvery();
}
