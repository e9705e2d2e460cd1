package org.guildhall.notifications.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.notifications.Scenario.ADA;
import static org.guildhall.notifications.Scenario.GRACE;
import static org.guildhall.notifications.Scenario.LINUS;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.events.EventsListener;
import org.guildhall.notifications.mentoring.MentoringListener;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.InboxState;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.PolledRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An event that names a member and arrives after their {@code MemberErased} (docs/messaging.md, "An erasure outlasts
 * late events"): topics are consumed independently, and an event keyed by a registration, a mentorship or a connection
 * is on another partition than the member's erasure, so it may come later. Its handler runs (another member named in
 * it still hears of it), and nothing of the erased member may be left after it.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class LateEventAboutAnErasedMemberTest {

    /** The members the examples name: each joins, then is erased, before the late event. */
    private static final List<String> MEMBERS = List.of(ADA, GRACE, LINUS);

    @Inject
    MembershipListener membership;

    @Inject
    EventsListener events;

    @Inject
    MentoringListener mentoring;

    @Inject
    DataSource dataSource;

    /** Every type this service handles that names members and is not keyed by the member it is about. */
    static Stream<EventType<?>> shouldLeaveNothingOfTheErasedMembersALateEventNames() {
        return Stream.of(
                EventsEvents.REGISTRATION_CONFIRMED,
                EventsEvents.REGISTRATION_WAITLISTED,
                EventsEvents.SEAT_OFFERED,
                EventsEvents.SEAT_OFFER_EXPIRED,
                EventsEvents.REGISTRATION_CANCELLED,
                EventsEvents.ATTENDANCE_RECORDED,
                EventsEvents.VOLUNTEER_SIGNED_UP,
                EventsEvents.VOLUNTEER_RELEASED,
                EventsEvents.VOLUNTEER_SHIFT_COMPLETED,
                EventsEvents.VOLUNTEER_INVITED,
                MentoringEvents.MENTORSHIP_REQUESTED,
                MentoringEvents.MENTORSHIP_ACCEPTED,
                MentoringEvents.MENTORSHIP_DECLINED,
                MentoringEvents.MENTORSHIP_REQUEST_EXPIRED,
                MentoringEvents.MENTORSHIP_SESSION_LOGGED,
                MentoringEvents.MENTORSHIP_COMPLETED,
                MentoringEvents.MENTORSHIP_ENDED,
                MentoringEvents.INFORMATIONAL_INTERVIEW_REQUESTED,
                MentoringEvents.INFORMATIONAL_INTERVIEW_ACCEPTED,
                MentoringEvents.INFORMATIONAL_INTERVIEW_DECLINED,
                MentoringEvents.APPRECIATION_SENT,
                MembershipEvents.CONNECTION_REQUESTED,
                MembershipEvents.CONNECTION_ESTABLISHED,
                MembershipEvents.INTRODUCTION_REQUESTED,
                MembershipEvents.INTRODUCTION_FORWARDED,
                MembershipEvents.INTRODUCTION_ACCEPTED,
                MembershipEvents.INTRODUCTION_DECLINED,
                MembershipEvents.INTRODUCTION_EXPIRED);
    }

    @ParameterizedTest(name = "MemberJoined, MemberErased, then {0}")
    @MethodSource
    void shouldLeaveNothingOfTheErasedMembersALateEventNames(EventType<?> late) throws Exception {
        Scenario scenario = new Scenario();
        List<String> needles = new ArrayList<>();
        List<ConsumerRecord<String, String>> joinings = new ArrayList<>();
        List<ConsumerRecord<String, String>> erasures = new ArrayList<>();
        for (String member : MEMBERS) {
            Map<String, String> as = as(member, needles, scenario);
            joinings.add(scenario.record(MembershipEvents.MEMBER_JOINED, as));
            erasures.add(scenario.record(MembershipEvents.MEMBER_ERASED, as));
        }
        membership.consume(PolledRecords.batch(joinings));
        membership.consume(PolledRecords.batch(erasures));

        List<ConsumerRecord<String, String>> lateBatch = List.of(scenario.record(late, Map.of()));
        channelOf(late).accept(PolledRecords.batch(lateBatch));

        assertThat(InboxState.transactionsThatHandled(dataSource, lateBatch))
                .as("the late event is handled")
                .isEqualTo(1);
        assertThat(whereFound(needles)).isEmpty();
    }

    @Test
    void shouldKeepWhatALateEventTellsAMemberWhoJoinedAgainUnderTheErasedId() throws Exception {
        Scenario scenario = new Scenario();
        List<String> needles = new ArrayList<>();
        Map<String, String> as = as(ADA, needles, scenario);
        membership.consume(PolledRecords.batch(List.of(
                scenario.record(MembershipEvents.MEMBER_JOINED, as),
                scenario.record(MembershipEvents.MEMBER_ERASED, as),
                scenario.record(MembershipEvents.MEMBER_JOINED, as))));

        events.consume(PolledRecords.batch(List.of(scenario.record(EventsEvents.REGISTRATION_CONFIRMED, Map.of()))));

        assertThat(notificationsOf(scenario.id(ADA), NoticeKind.REGISTRATION_CONFIRMED.slug()))
                .as("the member who joined again is told of their registration")
                .isEqualTo(1);
    }

    private long notificationsOf(String memberId, String kind) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from notification where member_id = ? and kind = ?")) {
            query.setString(1, memberId);
            query.setString(2, kind);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Swaps the examples' Ada for {@code member} with a name and address of this test's own, noted in needles. */
    private static Map<String, String> as(String member, List<String> needles, Scenario scenario) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String name = "Late Qx" + mark;
        String email = "late." + mark + "@example.org";
        needles.addAll(List.of(scenario.id(member), name, email));
        return Map.of(ADA, member, "Ada Lovelace", name, "ada@example.org", email);
    }

    private Consumer<ConsumerRecords<String, String>> channelOf(EventType<?> type) {
        return switch (type.topic()) {
            case Topics.EVENTS -> events::consume;
            case Topics.MENTORING -> mentoring::consume;
            default -> membership::consume;
        };
    }

    private List<String> whereFound(List<String> needles) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataSearch.whereFound(connection, needles.toArray(String[]::new));
        }
    }
}
