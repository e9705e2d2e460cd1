package org.guildhall.notifications.preference;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** One-click unsubscribe links (RFC 8058) in e-mails. */
@ConfigMapping(prefix = "guildhall.unsubscribe")
public interface UnsubscribeSettings {

    /**
     * The HMAC-SHA256 key that signs the links (at least 32 characters). Without one, a random key is made at start:
     * links then stop working when the service restarts, and replicas do not accept each other's.
     */
    Optional<String> secret();

    /** How long a link works after the e-mail was sent. */
    @WithDefault("60d")
    Duration validFor();

    /** Where mail clients reach this service's unsubscribe endpoint from outside. */
    @WithDefault("http://localhost:8084")
    String publicUrl();
}
