package org.guildhall.members.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.guildhall.kit.outbox.OutboxRelay;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void shouldPublishOnlyWhileHoldingTheAdvisoryLockSoOneReplicaRelays() throws Exception {
        org.awaitility.Awaitility.await().until(relay::isLeader);
        try (Connection connection = dataSource.getConnection()) {
            ResultSet held = connection
                    .createStatement()
                    .executeQuery("select count(*) from pg_locks where locktype = 'advisory' and granted");
            held.next();
            assertThat(held.getInt(1)).isEqualTo(1);

            ResultSet second = connection
                    .createStatement()
                    .executeQuery("select pg_try_advisory_lock(classid::int, objid::int) from pg_locks"
                            + " where locktype = 'advisory' limit 1");
            second.next();
            // a second replica's relay would ask the same way, and be refused
            assertThat(second.getBoolean(1)).isFalse();
        }
    }
}
