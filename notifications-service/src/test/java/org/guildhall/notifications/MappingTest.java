package org.guildhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.notifications.Scenario.ADA;
import static org.guildhall.notifications.Scenario.GRACE;
import static org.guildhall.notifications.Scenario.LINUS;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.notifications.notice.Notification;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per row of the README's mapping table, each fed with the contract's example of its event. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MappingTest {

    /** An event type, what must be known before it, and who is then told what. */
    record Row(EventType<?> type, List<Setup> before, Map<String, NoticeKind> told) {

        @Override
        public String toString() {
            return type.name() + " tells " + told;
        }
    }

    /** An earlier event, its example ids swapped as given (e.g. a volunteer who is not the registrant). */
    record Setup(EventType<?> type, Map<String, String> as) {}

    private static final Setup ADA_REGISTERED = new Setup(EventsEvents.REGISTRATION_CONFIRMED, Map.of());
    private static final Setup GRACE_VOLUNTEERS = new Setup(EventsEvents.VOLUNTEER_SIGNED_UP, Map.of(ADA, GRACE));

    static Stream<Row> rows() {
        return Stream.of(
                row(MembershipEvents.MEMBER_JOINED, Map.of(ADA, NoticeKind.WELCOME)),
                row(MembershipEvents.MEMBER_INVITED, Map.of(ADA, NoticeKind.INVITATION)),
                row(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, Map.of(ADA, NoticeKind.MEMBERSHIP_STATUS_CHANGED)),
                row(MembershipEvents.CONNECTION_REQUESTED, Map.of(GRACE, NoticeKind.CONNECTION_REQUESTED)),
                row(
                        MembershipEvents.CONNECTION_ESTABLISHED,
                        Map.of(ADA, NoticeKind.CONNECTION_ESTABLISHED, GRACE, NoticeKind.CONNECTION_ESTABLISHED)),
                row(MembershipEvents.INTRODUCTION_REQUESTED, Map.of(GRACE, NoticeKind.INTRODUCTION_REQUESTED)),
                row(MembershipEvents.INTRODUCTION_FORWARDED, Map.of(LINUS, NoticeKind.INTRODUCTION_FORWARDED)),
                row(
                        MembershipEvents.INTRODUCTION_ACCEPTED,
                        Map.of(ADA, NoticeKind.INTRODUCTION_ACCEPTED, GRACE, NoticeKind.INTRODUCTION_ACCEPTED)),
                row(MembershipEvents.INTRODUCTION_DECLINED, Map.of(ADA, NoticeKind.INTRODUCTION_DECLINED)),
                row(MembershipEvents.INTRODUCTION_EXPIRED, Map.of(ADA, NoticeKind.INTRODUCTION_EXPIRED)),
                row(EventsEvents.REGISTRATION_CONFIRMED, Map.of(ADA, NoticeKind.REGISTRATION_CONFIRMED)),
                row(EventsEvents.REGISTRATION_WAITLISTED, Map.of(ADA, NoticeKind.REGISTRATION_WAITLISTED)),
                row(EventsEvents.SEAT_OFFERED, Map.of(ADA, NoticeKind.SEAT_OFFERED)),
                row(EventsEvents.SEAT_OFFER_EXPIRED, Map.of(ADA, NoticeKind.SEAT_OFFER_EXPIRED)),
                row(EventsEvents.REGISTRATION_CANCELLED, Map.of(ADA, NoticeKind.REGISTRATION_CANCELLED)),
                new Row(
                        EventsEvents.EVENT_RESCHEDULED,
                        List.of(ADA_REGISTERED, GRACE_VOLUNTEERS),
                        Map.of(ADA, NoticeKind.EVENT_RESCHEDULED, GRACE, NoticeKind.EVENT_RESCHEDULED)),
                new Row(
                        EventsEvents.EVENT_CANCELLED,
                        List.of(ADA_REGISTERED, GRACE_VOLUNTEERS),
                        Map.of(ADA, NoticeKind.EVENT_CANCELLED, GRACE, NoticeKind.EVENT_CANCELLED)),
                row(EventsEvents.VOLUNTEER_SIGNED_UP, Map.of(ADA, NoticeKind.VOLUNTEER_SIGNED_UP)),
                row(EventsEvents.VOLUNTEER_RELEASED, Map.of(ADA, NoticeKind.VOLUNTEER_RELEASED)),
                row(EventsEvents.VOLUNTEER_SHIFT_COMPLETED, Map.of(ADA, NoticeKind.SHIFT_COMPLETED)),
                new Row(
                        EventsEvents.SHIFT_RESCHEDULED,
                        List.of(new Setup(EventsEvents.VOLUNTEER_SIGNED_UP, Map.of())),
                        Map.of(ADA, NoticeKind.SHIFT_RESCHEDULED)),
                row(EventsEvents.VOLUNTEER_INVITED, Map.of(ADA, NoticeKind.VOLUNTEER_INVITED)),
                row(MentoringEvents.MENTORSHIP_REQUESTED, Map.of(GRACE, NoticeKind.MENTORSHIP_REQUESTED)),
                row(MentoringEvents.MENTORSHIP_ACCEPTED, Map.of(ADA, NoticeKind.MENTORSHIP_ACCEPTED)),
                row(MentoringEvents.MENTORSHIP_DECLINED, Map.of(ADA, NoticeKind.MENTORSHIP_DECLINED)),
                row(MentoringEvents.MENTORSHIP_REQUEST_EXPIRED, Map.of(ADA, NoticeKind.MENTORSHIP_REQUEST_EXPIRED)),
                row(
                        MentoringEvents.MENTORSHIP_COMPLETED,
                        Map.of(ADA, NoticeKind.MENTORSHIP_COMPLETED, GRACE, NoticeKind.MENTORSHIP_COMPLETED)),
                row(MentoringEvents.MENTORSHIP_ENDED, Map.of(GRACE, NoticeKind.MENTORSHIP_ENDED)),
                row(MentoringEvents.INFORMATIONAL_INTERVIEW_REQUESTED, Map.of(LINUS, NoticeKind.INTERVIEW_REQUESTED)),
                row(MentoringEvents.INFORMATIONAL_INTERVIEW_ACCEPTED, Map.of(ADA, NoticeKind.INTERVIEW_ACCEPTED)),
                row(MentoringEvents.INFORMATIONAL_INTERVIEW_DECLINED, Map.of(ADA, NoticeKind.INTERVIEW_DECLINED)),
                row(MentoringEvents.APPRECIATION_SENT, Map.of(GRACE, NoticeKind.APPRECIATION_RECEIVED)));
    }

    private static Row row(EventType<?> type, Map<String, NoticeKind> told) {
        return new Row(type, List.of(), told);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldTellTheRightMembersOnceInTheRightCategory(Row row) {
        Scenario scenario = new Scenario();
        for (Setup setup : row.before()) {
            scenario.send(setup.type(), setup.as());
        }
        scenario.send(row.type());

        row.told().forEach((exampleMember, kind) -> {
            String memberId = scenario.id(exampleMember);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !Inboxes.of(memberId, kind.slug()).isEmpty());
            List<Notification> told = Inboxes.of(memberId, kind.slug());
            assertThat(told).hasSize(1);
            assertThat(told.get(0).category()).isEqualTo(kind.category());
            assertThat(told.get(0).critical()).isEqualTo(kind.critical());
            assertThat(told.get(0).title()).isNotBlank();
        });
    }
}
