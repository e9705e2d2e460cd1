package org.guildhall.notifications.delivery.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How e-mail goes out; the SMTP server itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "guildhall.email")
public interface EmailSettings {

    /** Attempts before a delivery is marked failed. */
    @WithDefault("5")
    int maxAttempts();

    /** The pause after the first failed attempt; it doubles with each further one. */
    @WithDefault("1m")
    Duration backoff();

    /**
     * How long an e-mail for a member this service does not know yet waits for their contact (their joining is on its
     * way on another topic) before the dispatcher tries it.
     */
    @WithDefault("10m")
    Duration awaitContact();

    /** Deliveries one dispatcher run takes. */
    @WithDefault("100")
    int batchSize();

    /** How often the dispatcher looks for due e-mails and digests. */
    @WithDefault("2s")
    String dispatchEvery();

    /** Where the e-mails send the reader to see their inbox; the web application's notifications page if not set. */
    java.util.Optional<String> inboxUrl();
}
