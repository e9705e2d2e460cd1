package org.guildhall.events.membership;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.InboxState;
import org.junit.jupiter.api.Test;

/**
 * A member's erasure in the same polled batch as the events that made their rows (docs/messaging.md, "An erasure
 * flushes first"): the inbox handles the batch in one transaction, which must commit as it is, and nothing of the
 * member may be left.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureInTheSameBatchTest {

    @Inject
    MembershipListener listener;

    @Inject
    DataSource dataSource;

    @Test
    void shouldEraseInTheBatchsTransactionAMemberWhoJoinedInTheSameBatch() throws Exception {
        InboxState.assertErasedInTheBatchThatJoined(listener::consume, dataSource);
    }
}
