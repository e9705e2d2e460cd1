package org.guildhall.events.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.SealedData;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.MemberDataCollected;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.events.EventsTopic;
import org.guildhall.events.Fixtures;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MemberDataCollectorTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void shouldAnswerAMemberDataRequestWithEverythingItHoldsAboutTheMemberSealedForTheRequester() throws Exception {
        String ada = Fixtures.activeMemberNamed(standings, "associate", "Ada Archive");
        String other = Fixtures.activeMemberNamed(standings, "associate", "Grace Elsewhere");
        String eventId = Fixtures.published(Fixtures.conference(10));
        Fixtures.register(eventId, ada).then().statusCode(201);
        Fixtures.register(eventId, other).then().statusCode(201);
        KeyPair requester = SealedData.newKeyPair();
        String exportId = UUID.randomUUID().toString();
        MemberDataRequested request =
                new MemberDataRequested(exportId, ada, SealedData.publicKeyText(requester.getPublic()), Instant.now());

        try (TopicWriter writer = new TopicWriter(KafkaBroker.shared().bootstrapServers());
                EventsTopic events = new EventsTopic()) {
            writer.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBER_DATA_REQUESTED.type(),
                    ada,
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .findAndRegisterModules()
                            .writeValueAsString(request));

            ConsumerRecord<String, String> answer =
                    events.awaitConforming(EventsEvents.MEMBER_DATA_COLLECTED, exportId);

            MemberDataCollected part = ContractExamples.read(EventsEvents.MEMBER_DATA_COLLECTED, answer.value());
            assertThat(part.memberId()).isEqualTo(ada);
            assertThat(part.service()).isEqualTo("events-service");
            assertThat(answer.value()).doesNotContain("Ada Archive");
            String data = new String(
                    SealedData.open(part.sealed(), SealedData.privateKeyText(requester.getPrivate())),
                    StandardCharsets.UTF_8);
            assertThat(data).contains("\"memberId\" : \"" + ada + "\"", "Ada Archive", eventId);
            assertThat(data).doesNotContain(other, "Grace Elsewhere");
        }
    }
}
