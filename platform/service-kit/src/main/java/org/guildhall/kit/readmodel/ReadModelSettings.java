package org.guildhall.kit.readmodel;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How long a request waits for a read model to catch up; defaults in the kit's configuration. */
@ConfigMapping(prefix = "guildhall.read-model")
public interface ReadModelSettings {

    /** The longest a request waits, outside any transaction, before it answers 503 with {@code Retry-After}. */
    Duration maxWait();

    /** The first pause between attempts; it doubles up to a quarter of {@link #maxWait()}. */
    Duration pollInterval();
}
