package org.guildhall.kit.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs a request's action and, when it throws {@link NotYetKnown} because a read model lags behind another service
 * (typically some tens of milliseconds behind a join), runs it again after short, growing pauses until it succeeds
 * or {@code guildhall.read-model.max-wait} passes; then the {@link NotYetKnown} (503, {@code Retry-After}) goes to the
 * client. Each attempt is its own short transaction: nothing is held while waiting, and inside a caller's
 * transaction it never waits at all.
 */
@ApplicationScoped
public class ReadModelLag {

    private final ReadModelSettings settings;
    private final BooleanSupplier inTransaction;

    @Inject
    ReadModelLag(ReadModelSettings settings) {
        this(settings, QuarkusTransaction::isActive);
    }

    ReadModelLag(ReadModelSettings settings, BooleanSupplier inTransaction) {
        this.settings = settings;
        this.inTransaction = inTransaction;
    }

    public <T> T awaiting(Supplier<T> action) {
        long deadline = System.nanoTime() + settings.maxWait().toNanos();
        Duration pause = settings.pollInterval();
        Duration longest = settings.maxWait().dividedBy(4);
        while (true) {
            try {
                return action.get();
            } catch (NotYetKnown notYet) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || inTransaction.getAsBoolean()) {
                    throw notYet;
                }
                LockSupport.parkNanos(Math.min(pause.toNanos(), left));
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
                pause = pause.multipliedBy(2).compareTo(longest) > 0 ? longest : pause.multipliedBy(2);
            }
        }
    }

    public void awaiting(Runnable action) {
        awaiting(() -> {
            action.run();
            return null;
        });
    }
}
