package org.guildhall.kit.inbox;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How often a failing handler is retried; defaults in the kit's configuration. */
@ConfigMapping(prefix = "guildhall.inbox")
public interface InboxSettings {

    /** Attempts before the message goes to the dead-letter topic. */
    int maxAttempts();

    /** The pause after the first failed attempt; it doubles with each further one. */
    Duration backoff();
}
