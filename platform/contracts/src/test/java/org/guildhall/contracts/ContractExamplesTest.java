package org.guildhall.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MembershipEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractExamplesTest {

    static java.util.List<EventType<?>> allTypes() {
        return EventTypes.all();
    }

    @ParameterizedTest
    @MethodSource("allTypes")
    void everyTypeShouldHaveAnExampleThatConformsToItsRecord(EventType<?> type) {
        ContractExamples.assertConforms(type, ContractExamples.example(type));
        assertThat(EventTypes.byType(type.type())).contains(type);
    }

    @Test
    void everyTypeShouldBeUniqueAndOnItsContextsTopic() {
        assertThat(EventTypes.all()).extracting(EventType::type).doesNotHaveDuplicates();
        assertThat(EventTypes.all())
                .allSatisfy(type -> assertThat(type.payloadType().getPackageName())
                        .isEqualTo("org.guildhall.contracts." + type.topic().substring("guildhall.".length())));
    }

    @Test
    void typeNamesShouldFollowTheEnvelopeConvention() {
        assertThat(MembershipEvents.MEMBER_JOINED.type()).isEqualTo("guildhall.membership.MemberJoined.v1");
    }

    @Test
    void consumersShouldIgnoreFieldsTheyDoNotKnow() {
        String withExtra =
                ContractExamples.example(MembershipEvents.MEMBER_JOINED).replaceFirst("\\{", "{\"addedLater\": 42,");
        MemberJoined joined = ContractExamples.read(MembershipEvents.MEMBER_JOINED, withExtra);
        assertThat(joined.joinedAt()).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
    }

    @Test
    void aMemberEventFromBeforeVisibilityWasPublishedShouldStillRead() {
        String older = ContractExamples.example(MembershipEvents.MEMBER_PROFILE_UPDATED)
                .replaceFirst("(?s),\\s*\"visibility\": \\{[^}]*\\}", "");
        assertThat(older).doesNotContain("visibility");
        assertThat(ContractExamples.read(MembershipEvents.MEMBER_PROFILE_UPDATED, older)
                        .visibility())
                .isNull();
        assertThat(ContractExamples.examplePayload(MembershipEvents.MEMBER_JOINED)
                        .visibility())
                .containsEntry("headline", "PUBLIC")
                .containsEntry("email", "PRIVATE");
    }

    @Test
    void aRegistrationConfirmedFromBeforeTheCheckInCodeShouldStillRead() {
        String older = ContractExamples.example(org.guildhall.contracts.events.EventsEvents.REGISTRATION_CONFIRMED)
                .replaceFirst(",\\s*\"checkInCode\": \"[A-Z0-9]+\"", "");
        assertThat(older).doesNotContain("checkInCode");
        assertThat(ContractExamples.read(org.guildhall.contracts.events.EventsEvents.REGISTRATION_CONFIRMED, older)
                        .checkInCode())
                .isNull();
        assertThat(ContractExamples.examplePayload(org.guildhall.contracts.events.EventsEvents.REGISTRATION_CONFIRMED)
                        .checkInCode())
                .isEqualTo("K7QM2XPA");
    }

    @Test
    void shouldRejectAPayloadWithAMissingOrUnknownField() {
        String example = ContractExamples.example(MembershipEvents.MEMBER_JOINED);
        assertThatThrownBy(() -> ContractExamples.assertConforms(
                        MembershipEvents.MEMBER_JOINED, example.replace("\"location\": \"London\",", "")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("location");
        assertThatThrownBy(() -> ContractExamples.assertConforms(
                        MembershipEvents.MEMBER_JOINED, example.replaceFirst("\\{", "{\"surprise\": 1,")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("surprise");
    }

    @Test
    void shouldRejectTimestampsWrittenAsNumbers() {
        String example = ContractExamples.example(MembershipEvents.MEMBER_JOINED);
        assertThatThrownBy(() -> ContractExamples.assertConforms(
                        MembershipEvents.MEMBER_JOINED,
                        example.replace("\"2026-11-26T09:30:00Z\"", "1795685400.000000000")))
                .isInstanceOf(AssertionError.class);
    }
}
