package org.guildhall.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link NamesMembers}: whom a payload names, never part of what is published. */
class NamesMembersTest {

    private static final String ADA = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";
    private static final String GRACE = "9c3f1d2a-7b6e-4f5a-8c9d-0e1f2a3b4c5d";

    static java.util.List<EventType<?>> namingTypes() {
        return EventTypes.all().stream()
                .filter(type -> NamesMembers.class.isAssignableFrom(type.payloadType()))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("namingTypes")
    void shouldNameEveryMemberItsExampleNamesAndPublishNoSuchField(EventType<?> type) throws Exception {
        Object payload = ContractExamples.examplePayload(type);
        String example = ContractExamples.example(type);

        assertThat(((NamesMembers) payload).namedMembers()).isNotEmpty().doesNotContainNull();
        if (example.contains(ADA)) {
            assertThat(((NamesMembers) payload).namedMembers()).contains(ADA);
        }
        String written = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(payload);
        assertThat(written).doesNotContain("namedMembers");
    }

    @Test
    void shouldNameBothSidesOfAMentorshipAndLeaveOutAnOptionalNobody() {
        assertThat(((NamesMembers) ContractExamples.examplePayload(MentoringEvents.MENTORSHIP_ACCEPTED)).namedMembers())
                .containsExactly(GRACE, ADA);
        assertThat(((NamesMembers) ContractExamples.examplePayload(EventsEvents.VOLUNTEER_SIGNED_UP)).namedMembers())
                .containsExactly(ADA);
    }
}
