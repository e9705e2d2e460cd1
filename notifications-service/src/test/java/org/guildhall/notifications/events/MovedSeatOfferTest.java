package org.guildhall.notifications.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.notifications.Scenario.ADA;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.notice.Notification;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/** events-service offers a seat again, with a new claimBy, when the event moves: the member hears of the new deadline. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MovedSeatOfferTest {

    private static final String EXAMPLE_CLAIM_BY = "2026-11-27T10:05:00Z";
    private static final String MOVED_CLAIM_BY = "2026-11-26T18:00:00Z";

    @Inject
    RegistrationRepository registrations;

    @Test
    void aSeatOfferedAgainWithANewDeadlineShouldSaySoAndKeepTheNewDeadline() {
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);

        scenario.send(EventsEvents.SEAT_OFFERED);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Inboxes.of(ada, "seat-offered").size() == 1);
        scenario.send(EventsEvents.SEAT_OFFERED, Map.of(EXAMPLE_CLAIM_BY, MOVED_CLAIM_BY));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Inboxes.of(ada, "seat-offered").size() == 2);

        assertThat(Inboxes.of(ada, "seat-offered"))
                .extracting(Notification::title)
                .containsExactlyInAnyOrder(
                        "A seat at Data Engineering Summit is yours to claim",
                        "Your seat offer for Data Engineering Summit has a new deadline");
        Instant claimBy = QuarkusTransaction.requiringNew()
                .call(() -> registrations.list("memberId", ada).get(0).claimBy());
        assertThat(claimBy).isEqualTo(Instant.parse(MOVED_CLAIM_BY));
    }
}
