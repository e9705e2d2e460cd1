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
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.notice.Notification;
import org.guildhall.notifications.reminder.Reminders;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A coordinator moves a shift (ShiftRescheduled, issue 14): the volunteer holding it is told, and the shift reminder
 * falls due before the new start, once, not before the old one.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MovedShiftTest {

    /** The day of the examples' shift: 08:00–11:00 UTC, moved to 07:30–10:30. */
    private static final String EXAMPLE_DAY = "2027-02-10";

    @Inject
    ShiftPlaceRepository places;

    @Inject
    Reminders reminders;

    @Test
    void aMovedShiftShouldBeToldAndRemindedAtItsNewTimeOnce() {
        // a far-off day of its own, so no other test's shift is due with this one
        String day = LocalDate.parse("2040-01-01")
                .plusDays(ThreadLocalRandom.current().nextInt(0, 20000))
                .toString();
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);

        scenario.send(EventsEvents.VOLUNTEER_SIGNED_UP, Map.of(EXAMPLE_DAY, day));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Inboxes.of(ada, "volunteer-signed-up").size() == 1);
        scenario.send(EventsEvents.SHIFT_RESCHEDULED, Map.of(EXAMPLE_DAY, day));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Inboxes.of(ada, "shift-rescheduled").size() == 1);

        assertThat(Inboxes.of(ada, "shift-rescheduled"))
                .extracting(Notification::title)
                .containsExactly("Your Registration desk shift has moved");
        ShiftPlace place = QuarkusTransaction.requiringNew()
                .call(() -> places.list("key.memberId", ada).get(0));
        assertThat(place.startsAt()).isEqualTo(Instant.parse(day + "T07:30:00Z"));
        assertThat(place.endsAt()).isEqualTo(Instant.parse(day + "T10:30:00Z"));

        // 05:45 is within two hours of the new start (07:30) but not of the old one (08:00)
        Instant before = TestClock.CLOCK.instant();
        try {
            TestClock.CLOCK.setTo(Instant.parse(day + "T05:45:00Z"));
            reminders.sendDue();
            assertThat(Inboxes.of(ada, "shift-reminder")).hasSize(1);
            TestClock.CLOCK.setTo(Instant.parse(day + "T06:30:00Z"));
            reminders.sendDue();
            assertThat(Inboxes.of(ada, "shift-reminder")).hasSize(1);
        } finally {
            TestClock.CLOCK.setTo(before);
        }
    }
}
