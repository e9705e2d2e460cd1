package org.guildhall.kit.problem;

import io.vertx.core.http.HttpClosedException;
import java.nio.channels.ClosedChannelException;

/**
 * Recognises a client that closed its connection while its request was read or its answer written (a client that
 * timed out, a closed browser tab): Netty's closed channel ({@link ClosedChannelException}, which Netty throws without
 * a stack) or Vert.x's {@link HttpClosedException}, anywhere in the cause chain. Nobody is left to read the answer; it
 * is not the service's failure, so it is neither a 500 nor an error in the log.
 */
public final class ClientGone {

    private ClientGone() {}

    public static boolean isGone(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClosedChannelException || cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
