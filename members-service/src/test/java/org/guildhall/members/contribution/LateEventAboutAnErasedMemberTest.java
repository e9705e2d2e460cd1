package org.guildhall.members.contribution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.InboxState;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.PolledRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a member did elsewhere, arriving after they erased their account (docs/messaging.md, "An erasure outlasts late
 * events"): the events and mentoring topics are consumed independently of the erasure, so an attendance or a
 * mentorship may reach this service later. It counts anonymously, under a pseudonym, never under the erased id.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class LateEventAboutAnErasedMemberTest {

    /** The members the contract examples name: Ada, and Grace and Linus beside her. */
    private static final String ADA = PolledRecords.EXAMPLE_MEMBER_ID;

    private static final String GRACE = "9c3f1d2a-7b6e-4f5a-8c9d-0e1f2a3b4c5d";
    private static final String LINUS = "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a";

    @Inject
    ContributionListener listener;

    @Inject
    DataSource dataSource;

    /** Every type the contributions count. */
    static Stream<EventType<?>> shouldCountNothingUnderTheIdsOfMembersErasedBeforeALateEvent() {
        return Stream.of(
                EventsEvents.ATTENDANCE_RECORDED,
                EventsEvents.VOLUNTEER_SHIFT_COMPLETED,
                MentoringEvents.MENTORSHIP_ACCEPTED,
                MentoringEvents.INFORMATIONAL_INTERVIEW_COMPLETED,
                MentoringEvents.APPRECIATION_SENT);
    }

    @ParameterizedTest(name = "erasure, then {0}")
    @MethodSource
    void shouldCountNothingUnderTheIdsOfMembersErasedBeforeALateEvent(EventType<?> late) throws Exception {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        String linus = Community.activeMember("linus");
        List.of(ada, grace, linus).forEach(LateEventAboutAnErasedMemberTest::eraseAccountOf);

        List<ConsumerRecord<String, String>> batch = List.of(record(late, ada, grace, linus));
        consume(late, batch);

        assertThat(InboxState.transactionsThatHandled(dataSource, batch))
                .as("the late event is handled")
                .isEqualTo(1);
        assertThat(whereFound(ada, grace, linus))
                .as("nothing but the erasures' own MemberErased in the outbox, which carry the id by design")
                .allMatch(found -> found.startsWith("outbox."));
        assertThat(activities(batch)).as("counted anonymously").isPositive();
    }

    @Test
    void shouldCountALateEventForAMemberWhoJoinedAgainUnderTheErasedId() throws Exception {
        String ada = Community.activeMember("ada");
        eraseAccountOf(ada);
        Community.join(ada, null);

        List<ConsumerRecord<String, String>> batch =
                List.of(record(EventsEvents.ATTENDANCE_RECORDED, ada, "grace-nobody", "linus-nobody"));
        consume(EventsEvents.ATTENDANCE_RECORDED, batch);

        assertThat(whereFound(ada)).contains("member_activity.member_id = " + ada);
    }

    private static void eraseAccountOf(String member) {
        given().auth()
                .oauth2(Community.member(member))
                .delete("/members/me")
                .then()
                .statusCode(204);
    }

    private static ConsumerRecord<String, String> record(EventType<?> type, String ada, String grace, String linus) {
        String payload = ContractExamples.example(type)
                .replace(ADA, ada)
                .replace(GRACE, grace)
                .replace(LINUS, linus);
        return PolledRecords.record(type.topic(), UUID.randomUUID(), type.type(), ada, payload);
    }

    private void consume(EventType<?> type, List<ConsumerRecord<String, String>> batch) {
        if (type.topic().equals(Topics.EVENTS)) {
            listener.consumeEvents(PolledRecords.batch(batch));
        } else {
            listener.consumeMentoring(PolledRecords.batch(batch));
        }
    }

    /** How many activities the batch's events recorded, under whatever id. */
    private long activities(List<ConsumerRecord<String, String>> batch) throws Exception {
        try (Connection connection = dataSource.getConnection();
                var query =
                        connection.prepareStatement("select count(*) from member_activity where source_event_id = ?")) {
            query.setObject(1, PolledRecords.eventId(batch.get(0)));
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private List<String> whereFound(String... needles) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataSearch.whereFound(connection, needles);
        }
    }
}
