package org.guildhall.members.contribution;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ContributionTest {

    /** The member the contract examples are about (ada), and the one she is mentored by (grace). */
    private static final String ADA = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";

    private static final String GRACE = "9c3f1d2a-7b6e-4f5a-8c9d-0e1f2a3b4c5d";
    private static final String LINUS = "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a";

    @Test
    void shouldCountWhatMembersDidElsewhereOnceEachFromTheContractExamples() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");
        try (TopicWriter writer = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            UUID attended = UUID.randomUUID();
            sendTwice(writer, Topics.EVENTS, attended, EventsEvents.ATTENDANCE_RECORDED, ada, grace, linus);
            sendTwice(
                    writer,
                    Topics.EVENTS,
                    UUID.randomUUID(),
                    EventsEvents.VOLUNTEER_SHIFT_COMPLETED,
                    ada,
                    grace,
                    linus);
            sendTwice(
                    writer,
                    Topics.EVENTS,
                    UUID.randomUUID(),
                    EventsEvents.VOLUNTEER_SHIFT_COMPLETED,
                    ada,
                    grace,
                    linus);
            sendTwice(
                    writer,
                    Topics.MENTORING,
                    UUID.randomUUID(),
                    MentoringEvents.MENTORSHIP_ACCEPTED,
                    ada,
                    grace,
                    linus);
            sendTwice(
                    writer,
                    Topics.MENTORING,
                    UUID.randomUUID(),
                    MentoringEvents.INFORMATIONAL_INTERVIEW_COMPLETED,
                    ada,
                    grace,
                    linus);
            sendTwice(
                    writer, Topics.MENTORING, UUID.randomUUID(), MentoringEvents.APPRECIATION_SENT, ada, grace, linus);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(Community.member(grace))
                .get("/members/me/contributions")
                .then()
                .body("menteesMentored", equalTo(1))
                .body("appreciationsReceived", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(Community.member(ada))
                .get("/members/me/contributions")
                .then()
                .body("eventsAttended", equalTo(1))
                .body("volunteerHours", equalTo(6)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(Community.member(linus))
                .get("/members/me/contributions")
                .then()
                .body("informationalInterviewsGiven", equalTo(1)));
        given().auth()
                .oauth2(Community.member(Community.activeMember("eve")))
                .get("/members/{id}", ada)
                .then()
                .body("contributions.eventsAttended", equalTo(1));
    }

    @Test
    void shouldNeedAToken() {
        given().get("/members/me/contributions").then().statusCode(401);
    }

    private static void sendTwice(
            TopicWriter writer, String topic, UUID eventId, EventType<?> type, String ada, String grace, String linus) {
        String payload = ContractExamples.example(type)
                .replace(ADA, ada)
                .replace(GRACE, grace)
                .replace(LINUS, linus);
        writer.send(topic, eventId, type.type(), ada, payload);
        writer.send(topic, eventId, type.type(), ada, payload);
    }
}
