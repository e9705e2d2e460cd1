package org.guildhall.kit.edge;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.problem.ProblemException;

/**
 * Each caller's share of an {@link Expensive} operation, per service instance: at most {@code in-flight} calls at
 * once and {@code per-minute} calls a minute (a token bucket that refills evenly). It runs before the transaction
 * opens, so a refused call costs nothing. Callers are told apart by the token's subject; calls without a token share
 * one budget.
 */
@Expensive
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class CallerBudget {

    /** Buckets of callers idle this long are forgotten, so the map stays as small as the set of active callers. */
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private final SecurityIdentity identity;
    private final int inFlight;
    private final int perMinute;
    private final ConcurrentMap<String, Share> shares = new ConcurrentHashMap<>();

    CallerBudget(
            SecurityIdentity identity,
            @ConfigProperty(name = "guildhall.edge.expensive.in-flight", defaultValue = "2") int inFlight,
            @ConfigProperty(name = "guildhall.edge.expensive.per-minute", defaultValue = "60") int perMinute) {
        this.identity = identity;
        this.inFlight = inFlight;
        this.perMinute = perMinute;
    }

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        String caller =
                identity.isAnonymous() ? "(anonymous)" : identity.getPrincipal().getName();
        String operation = invocation.getMethod().getDeclaringClass().getName() + "#"
                + invocation.getMethod().getName();
        long now = System.nanoTime();
        if (shares.size() > 10_000) {
            shares.values().removeIf(share -> share.idleSince(now) > IDLE_NANOS);
        }
        Share share = shares.computeIfAbsent(caller + " " + operation, key -> new Share(perMinute, now));
        long waitSeconds = share.take(now, inFlight, perMinute);
        if (waitSeconds > 0) {
            throw tooMany(waitSeconds);
        }
        try {
            return invocation.proceed();
        } finally {
            share.release();
        }
    }

    private static ProblemException tooMany(long waitSeconds) {
        return new TooManyRequests(waitSeconds);
    }

    /** 429 with the seconds until the caller's share allows the next call. */
    public static final class TooManyRequests extends ProblemException {

        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super(
                    "too-many-requests",
                    "Too many requests",
                    429,
                    "You have asked for this expensive operation too often or too many times at once; try again in "
                            + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** One caller's share of one operation. */
    static final class Share {

        private double tokens;
        private long refilledAt;
        private int running;

        Share(int perMinute, long now) {
            this.tokens = perMinute;
            this.refilledAt = now;
        }

        /** 0 when the call may run (and is counted), otherwise the seconds to wait. */
        synchronized long take(long now, int inFlight, int perMinute) {
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * perMinute / 60e9);
            refilledAt = now;
            if (running >= inFlight) {
                return 1;
            }
            if (tokens < 1) {
                return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / perMinute));
            }
            tokens -= 1;
            running++;
            return 0;
        }

        synchronized void release() {
            running--;
        }

        synchronized long idleSince(long now) {
            return running > 0 ? 0 : now - refilledAt;
        }
    }
}
