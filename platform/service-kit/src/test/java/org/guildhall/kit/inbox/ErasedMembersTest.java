package org.guildhall.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.PolledRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erased members stay erased (docs/messaging.md, "An erasure outlasts late events"): the inbox remembers whom a
 * {@code MemberErased} erased, forgets whom a {@code MemberJoined} brings back, and tells the service
 * ({@link ErasedMemberNamed}) when an event it handled names an erased member, once per member and batch.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasedMembersTest {

    private static final Queue<ErasedMemberNamed> TOLD = new ConcurrentLinkedQueue<>();

    @Inject
    Inbox inbox;

    private final EventHandlers handlers = EventHandlers.on(MembershipEvents.MEMBER_ERASED, event -> {})
            .and(MembershipEvents.MEMBER_JOINED, event -> {})
            .and(EventsEvents.REGISTRATION_CONFIRMED, event -> {})
            .and(MentoringEvents.MENTORSHIP_ACCEPTED, event -> {});

    @BeforeEach
    void forgetWhatWasTold() {
        TOLD.clear();
    }

    @Test
    void shouldTellOnceABatchNamesAMemberErasedBefore() {
        String ada = "ada-" + UUID.randomUUID();
        inbox.processAll(List.of(about(MembershipEvents.MEMBER_ERASED, ada)), handlers);

        inbox.processAll(
                List.of(
                        about(EventsEvents.REGISTRATION_CONFIRMED, ada),
                        about(MentoringEvents.MENTORSHIP_ACCEPTED, ada),
                        about(EventsEvents.REGISTRATION_CONFIRMED, "bob-" + UUID.randomUUID())),
                handlers);

        assertThat(TOLD).containsExactly(new ErasedMemberNamed(ada, Instant.parse("2026-12-24T10:00:00Z")));
    }

    @Test
    void shouldTellAboutAMemberErasedEarlierInTheSameBatch() {
        String ada = "ada-" + UUID.randomUUID();

        inbox.processAll(
                List.of(about(MembershipEvents.MEMBER_ERASED, ada), about(EventsEvents.REGISTRATION_CONFIRMED, ada)),
                handlers);

        assertThat(TOLD).extracting(ErasedMemberNamed::memberId).containsExactly(ada);
    }

    @Test
    void shouldNotTellAboutAMemberWhoJoinedAgain() {
        String ada = "ada-" + UUID.randomUUID();
        inbox.processAll(List.of(about(MembershipEvents.MEMBER_ERASED, ada)), handlers);
        inbox.processAll(List.of(about(MembershipEvents.MEMBER_JOINED, ada)), handlers);

        inbox.processAll(List.of(about(EventsEvents.REGISTRATION_CONFIRMED, ada)), handlers);

        assertThat(TOLD).isEmpty();
    }

    @Test
    void shouldNotTellAboutMembersNeverErased() {
        inbox.processAll(
                List.of(
                        about(MembershipEvents.MEMBER_JOINED, "ada-" + UUID.randomUUID()),
                        about(EventsEvents.REGISTRATION_CONFIRMED, "bob-" + UUID.randomUUID())),
                handlers);

        assertThat(TOLD).isEmpty();
    }

    /** The contract example of {@code type}, naming {@code memberId} where it names the examples' member. */
    private static ConsumerRecord<String, String> about(EventType<?> type, String memberId) {
        return PolledRecords.example(type, memberId, Map.of());
    }

    /** Hears what the inbox tells the service, as a service's erasure would. */
    @ApplicationScoped
    static class Listener {

        void told(@Observes ErasedMemberNamed named) {
            TOLD.add(named);
        }
    }
}
