package org.guildhall.mentoring.fit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The knobs of mentoring, under {@code guildhall.mentoring}. */
@ConfigMapping(prefix = "guildhall.mentoring")
public interface MentoringSettings {

    /** The topics mentors and mentees may name; anything else is refused. */
    List<String> topics();

    /** How long a mentor has to answer a request before it expires. */
    @WithDefault("P14D")
    Duration requestTtl();

    /** How long a declined or finished pair stays out of suggestions and cannot request again. */
    @WithDefault("P90D")
    Duration cooldown();

    /** Longest wait for a row or advisory lock before 503 {@code busy} (kit {@code RowLocks}). */
    @WithDefault("2s")
    Duration lockTimeout();

    /**
     * How strongly a mentor's load lowers their rank in suggestions: a full mentor ranks at {@code 1 - spread} of
     * their score. Scores themselves are not changed.
     */
    @WithDefault("0.3")
    double exposureSpread();

    /** How often the request expiry job looks for due requests (read by its {@code @Scheduled}). */
    @WithDefault("1m")
    String expiryInterval();

    Weights weights();

    Interviews interviews();

    /** Informational interviews: the limit of a host who set none, and how long before a pair may meet again. */
    interface Interviews {
        @WithDefault("2")
        int defaultMonthlyLimit();

        @WithDefault("P90D")
        Duration cooldown();
    }

    /** The weights of the soft criteria; only their ratios matter. */
    interface Weights {
        @WithDefault("35")
        double topics();

        @WithDefault("10")
        double industry();

        @WithDefault("15")
        double stage();

        @WithDefault("10")
        double timeZone();

        @WithDefault("10")
        double language();

        @WithDefault("20")
        double goals();
    }
}
