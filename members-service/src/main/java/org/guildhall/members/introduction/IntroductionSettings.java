package org.guildhall.members.introduction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "guildhall.introductions")
public interface IntroductionSettings {

    /** How long an introduction waits for its answers before it expires. */
    @WithDefault("14d")
    Duration expireAfter();

    /** How often expired introductions are closed. */
    @WithDefault("5m")
    String expiryEvery();
}
