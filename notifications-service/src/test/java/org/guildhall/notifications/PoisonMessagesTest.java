package org.guildhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.notifications.Scenario.ADA;
import static org.guildhall.notifications.Scenario.GRACE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each channel parks what it cannot read on its dead-letter topic and goes on (the kit's InboxTest holds the inbox's
 * rules: duplicates, batch fallback, bounded retries, poison messages, unknown types).
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class PoisonMessagesTest {

    static java.util.stream.Stream<Arguments> channels() {
        return java.util.stream.Stream.of(
                Arguments.of(MembershipEvents.MEMBER_JOINED, ADA, NoticeKind.WELCOME),
                Arguments.of(EventsEvents.REGISTRATION_CONFIRMED, ADA, NoticeKind.REGISTRATION_CONFIRMED),
                Arguments.of(MentoringEvents.MENTORSHIP_REQUESTED, GRACE, NoticeKind.MENTORSHIP_REQUESTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void shouldParkAnUnreadableEventOnTheDeadLetterTopicAndCarryOn(
            EventType<?> type, String recipient, NoticeKind kind) {
        String broken = "broken-" + UUID.randomUUID();
        Scenario scenario = new Scenario();
        try (TopicReader deadLetters = TopicReader.fromStart(
                        KafkaBroker.shared().bootstrapServers(),
                        Topics.deadLetter(type.topic(), "notifications-service"));
                TopicWriter writer = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {

            writer.send(type.topic(), UUID.randomUUID(), type.type(), broken, "{not json");
            scenario.send(type, Map.of());

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !deadLetters.recordsWithKey(broken).isEmpty());
            assertThat(TopicReader.header(deadLetters.recordsWithKey(broken).get(0), "dead-letter-reason"))
                    .contains("unreadable");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Inboxes.of(scenario.id(recipient), kind.slug()).size() == 1);
        }
    }

    @org.junit.jupiter.api.Test
    void shouldParkAnEventWhoseHandlerKeepsFailingAndHandleItsNeighbours() {
        Scenario scenario = new Scenario();
        String tooLong = "x".repeat(300); // no member id column holds it: the handler fails on every attempt
        try (TopicReader deadLetters = TopicReader.fromStart(
                KafkaBroker.shared().bootstrapServers(), Topics.deadLetter(Topics.EVENTS, "notifications-service"))) {
            scenario.send(EventsEvents.REGISTRATION_CONFIRMED);
            UUID failing = scenario.send(EventsEvents.REGISTRATION_CONFIRMED, Map.of(ADA, tooLong));
            scenario.send(EventsEvents.REGISTRATION_CONFIRMED, Map.of(ADA, GRACE));

            await().atMost(Duration.ofSeconds(30)).until(() -> !deadLetters
                    .recordsWithKey(scenario.id(Scenario.EVENT))
                    .isEmpty());
            var parked = deadLetters.recordsWithKey(scenario.id(Scenario.EVENT));
            assertThat(parked).hasSize(1);
            assertThat(TopicReader.header(parked.get(0), "ce_id")).isEqualTo(failing.toString());
            assertThat(TopicReader.header(parked.get(0), "dead-letter-exception-class-name"))
                    .isNotBlank();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Inboxes.of(scenario.id(ADA), NoticeKind.REGISTRATION_CONFIRMED.slug())
                                            .size()
                                    == 1
                            && Inboxes.of(scenario.id(GRACE), NoticeKind.REGISTRATION_CONFIRMED.slug())
                                            .size()
                                    == 1);
        }
    }
}
