package org.guildhall.notifications.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.events.EventSchedule;
import org.guildhall.notifications.events.EventScheduleRepository;
import org.guildhall.notifications.events.Registration;
import org.guildhall.notifications.events.RegistrationRepository;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An administrator sets when reminders fall due; today's values are the defaults. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ReminderTimingsTest {

    private static final Map<String, String> DEFAULTS = Map.of(
            "eventReminder", "PT24H",
            "shiftReminder", "PT2H",
            "seatOfferExpiring", "PT3H",
            "followUpAfter", "PT24H",
            "renewalFirst", "PT720H",
            "renewalLast", "PT168H",
            "mentorshipQuiet", "PT720H");

    @Inject
    Reminders reminders;

    @Inject
    EventScheduleRepository schedules;

    @Inject
    RegistrationRepository registrations;

    @AfterEach
    void backToTheDefaults() {
        put(TestTokens.shared().admin("admin-1"), DEFAULTS).then().statusCode(200);
    }

    @Test
    void shouldAnswerTodaysTimingsUntilAnAdministratorChangesThem() {
        given().auth()
                .oauth2(TestTokens.shared().admin("admin-1"))
                .get("/notifications/settings/reminders")
                .then()
                .statusCode(200)
                .body("eventReminder", equalTo("PT24H"))
                .body("shiftReminder", equalTo("PT2H"))
                .body("renewalLast", equalTo("PT168H"));
    }

    @Test
    void aLongerEventReminderSetByAnAdministratorShouldApplyToRemindersNotYetSent() {
        Instant start = Instant.parse("2033-01-05T09:00:00Z")
                .plus(Duration.ofDays(14L * ThreadLocalRandom.current().nextInt(1, 5000)));
        TestClock.CLOCK.setTo(start);
        String ada = "member-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            EventSchedule schedule = EventSchedule.known(event, "Summit", start.plus(Duration.ofHours(40)));
            schedule.schedule(null, start.plus(Duration.ofHours(40)), start.plus(Duration.ofHours(41)), null);
            schedules.persist(schedule);
            Registration registration = Registration.of(UUID.randomUUID().toString(), event, ada);
            registration.confirm();
            registrations.persist(registration);
        });
        reminders.sendDue();
        assertThat(Inboxes.of(ada, NoticeKind.EVENT_REMINDER.slug())).isEmpty();

        Map<String, String> twoDays = new java.util.HashMap<>(DEFAULTS);
        twoDays.put("eventReminder", "P2D");
        put(TestTokens.shared().admin("admin-1"), twoDays)
                .then()
                .statusCode(200)
                .body("eventReminder", equalTo("PT48H"));
        reminders.sendDue();

        assertThat(Inboxes.of(ada, NoticeKind.EVENT_REMINDER.slug())).hasSize(1);
    }

    @Test
    void shouldRefuseTimingsThatCannotWork() {
        Map<String, String> backwards = new java.util.HashMap<>(DEFAULTS);
        backwards.put("renewalLast", "P60D");
        put(TestTokens.shared().admin("admin-1"), backwards)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Map<String, String> none = new java.util.HashMap<>(DEFAULTS);
        none.put("shiftReminder", "PT0S");
        put(TestTokens.shared().admin("admin-1"), none).then().statusCode(400);
    }

    @Test
    void onlyAnAdministratorShouldChangeThem() {
        put(TestTokens.shared().member("member-1"), DEFAULTS).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(DEFAULTS)
                .put("/notifications/settings/reminders")
                .then()
                .statusCode(401);
    }

    private static io.restassured.response.Response put(String token, Map<String, String> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/notifications/settings/reminders");
    }
}
