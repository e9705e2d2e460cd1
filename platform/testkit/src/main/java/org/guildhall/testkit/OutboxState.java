package org.guildhall.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/** What a service's outbox (the kit's {@code outbox} table) still holds, for tests that wait for the relay. */
public final class OutboxState {

    private OutboxState() {}

    /** Waits (up to 30 s) until the relay has published every recorded event. */
    public static void awaitEverythingPublished(DataSource dataSource) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                    ResultSet result = connection
                            .createStatement()
                            .executeQuery("select count(*) from outbox where sent_at is null")) {
                result.next();
                return result.getLong(1) == 0;
            }
        });
    }
}
