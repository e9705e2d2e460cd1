package org.guildhall.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.nio.channels.ClosedChannelException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ClientGoneLogFilterTest {

    private final ClientGoneLogFilter filter = new ClientGoneLogFilter();

    @Test
    void shouldKeepQuarkusErrorRecordOfAClientThatHungUpOutOfTheLog() {
        assertThat(filter.isLoggable(quarkusError(new HttpClosedException("Connection was closed"))))
                .isFalse();
        assertThat(filter.isLoggable(
                        quarkusError(new IllegalStateException("reading the body", new ClosedChannelException()))))
                .isFalse();
    }

    @Test
    void shouldLetEveryOtherRecordThrough() {
        assertThat(filter.isLoggable(quarkusError(new IllegalStateException("a real failure"))))
                .isTrue();
        assertThat(filter.isLoggable(quarkusError(null))).isTrue();
        LogRecord ours = new LogRecord(Level.SEVERE, "Unexpected error");
        ours.setLoggerName(ProblemMappers.class.getName());
        ours.setThrown(new HttpClosedException("Connection was closed"));
        assertThat(filter.isLoggable(ours)).isTrue();
    }

    private static LogRecord quarkusError(Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, "HTTP Request to /members failed, error id: 1");
        record.setLoggerName(ClientGoneLogFilter.QUARKUS_ERROR_HANDLER);
        record.setThrown(thrown);
        return record;
    }
}
