package org.guildhall.members.membership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "guildhall.membership")
public interface MembershipSettings {

    /** How long a membership past its expiry stays in {@code GRACE} before it lapses. */
    @WithDefault("30d")
    Duration gracePeriod();

    /** How often expiry and grace are applied (read by the scheduler as {@code ${guildhall.membership.expiry-every}}). */
    @WithDefault("10m")
    String expiryEvery();

    /** The tier of a joiner who names none. */
    @WithDefault("associate")
    String defaultTier();

    /**
     * Whether claiming an imported membership needs the token's {@code email_verified} to be true (issue 16): else
     * whoever signs up with someone's address would take their membership.
     */
    @WithDefault("true")
    boolean claimNeedsVerifiedEmail();
}
