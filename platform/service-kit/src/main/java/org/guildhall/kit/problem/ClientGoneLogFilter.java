package org.guildhall.kit.problem;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps a client that hung up out of the error log when Quarkus's own HTTP layer, not JAX-RS, saw it go: Quarkus
 * 3.33's {@code QuarkusErrorHandler} logs Vert.x's {@code HttpClosedException} at ERROR with a stack trace when the
 * connection closes before a resource method runs (while the body is read), although nothing failed on the service's
 * side. Such a record ({@link ClientGone}) is written at DEBUG under this class's category instead; every other record
 * passes unchanged. Quarkus fixed this upstream after 3.33 (quarkusio/quarkus pull request 55492); this filter can go
 * when the platform has the fix. The kit's {@code META-INF/microprofile-config.properties} links it to the console
 * handler ({@code quarkus.log.console.filter}); {@link ProblemMappers} treats the same case inside JAX-RS.
 */
@LoggingFilter(name = ClientGoneLogFilter.NAME)
public final class ClientGoneLogFilter implements Filter {

    /** The name that {@code quarkus.log.console.filter} refers to. */
    public static final String NAME = "guildhall-client-gone";

    /** The category whose records this filter looks at. */
    static final String QUARKUS_ERROR_HANDLER = "io.quarkus.vertx.http.runtime.QuarkusErrorHandler";

    private static final Logger LOG = Logger.getLogger(ClientGoneLogFilter.class);

    /** False, after a DEBUG record of its own, for Quarkus's error record of a client that hung up; else true. */
    @Override
    public boolean isLoggable(LogRecord record) {
        if (!QUARKUS_ERROR_HANDLER.equals(record.getLoggerName()) || !ClientGone.isGone(record.getThrown())) {
            return true;
        }
        LOG.debugf(
                "The client closed the connection before its request was read: %s",
                record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        return false;
    }
}
