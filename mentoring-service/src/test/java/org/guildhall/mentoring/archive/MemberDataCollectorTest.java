package org.guildhall.mentoring.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Mentoring.TOKENS;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.SealedData;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MemberDataCollected;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.mentoring.Requests;
import org.guildhall.mentoring.Topic;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * mentoring-service's part of a member's archive, over the real broker: a {@code MemberDataRequested} on
 * guildhall.membership is answered on guildhall.mentoring with everything it holds about the member, sealed for the
 * requester, and nothing of anyone else.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MemberDataCollectorTest {

    private static final TopicReader mentoringTopic = TopicReader.shared(Topics.MENTORING);

    @Inject
    Mentoring mentoring;

    @Inject
    Community community;

    @Test
    void shouldAnswerAMemberDataRequestWithEverythingItHoldsAboutTheMemberAndNothingOfOthers() throws Exception {
        String grace = mentoring.mentorTaking(2);
        String ada = mentoring.mentee();
        String linus = mentoring.mentee();
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Requests.menteeSharing("en"))
                .put("/mentees/{id}", ada)
                .then()
                .statusCode(200);
        String mentorshipId = mentoring.activeMentorship(ada, grace);
        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "sessionDate",
                        "2026-12-05",
                        "durationMinutes",
                        45,
                        "privateNotes",
                        "Ada wants to move into data engineering"))
                .post("/mentorships/{id}/sessions", mentorshipId)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "toMemberId",
                        grace,
                        "context",
                        "MENTORSHIP",
                        "contextId",
                        mentorshipId,
                        "message",
                        "Thank you"))
                .post("/appreciations")
                .then()
                .statusCode(201);
        String coordinator = Community.newPersonId();
        String programmeId = Mentoring.openProgramme(coordinator);
        given().auth()
                .oauth2(TOKENS.member(grace))
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 1))
                .post("/programmes/{id}/mentors", programmeId)
                .then()
                .statusCode(200);
        for (String mentee : new String[] {ada, linus}) {
            given().auth()
                    .oauth2(TOKENS.member(mentee))
                    .post("/programmes/{id}/mentees", programmeId)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of("mentorId", grace, "menteeId", linus, "rule", "PIN"))
                .post("/programmes/{id}/pair-rules", programmeId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TOKENS.coordinator(coordinator))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/programmes/{id}/matching", programmeId)
                .then()
                .statusCode(200);
        KeyPair requester = SealedData.newKeyPair();
        String exportId = UUID.randomUUID().toString();

        try (TopicWriter writer = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            writer.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBER_DATA_REQUESTED.type(),
                    ada,
                    ContractExamples.LENIENT.writeValueAsString(new MemberDataRequested(
                            exportId, ada, SealedData.publicKeyText(requester.getPublic()), Instant.now())));
        }

        ConsumerRecord<String, String> answer =
                Topic.assertPublished(mentoringTopic, MentoringEvents.MEMBER_DATA_COLLECTED, exportId);
        MemberDataCollected part = ContractExamples.read(MentoringEvents.MEMBER_DATA_COLLECTED, answer.value());
        assertThat(part.memberId()).isEqualTo(ada);
        assertThat(part.service()).isEqualTo("mentoring-service");
        assertThat(answer.value()).doesNotContain("data engineering", "Thank you");
        String data = new String(
                SealedData.open(part.sealed(), SealedData.privateKeyText(requester.getPrivate())),
                StandardCharsets.UTF_8);
        assertThat(data)
                .contains("\"memberId\" : \"" + ada + "\"")
                .contains("\"member_snapshot\"", "\"mentee_profile\"", "\"mentorship_request\"", "\"mentorship\"")
                .contains("\"mentorship_session\"", "Ada wants to move into data engineering")
                .contains("\"appreciation\"", "Thank you")
                .contains("\"programme\"", "Spring cohort", programmeId);
        assertThat(data)
                .as("another mentee of the same programme: their enrolment, pair rule and preview line stay out")
                .doesNotContain(linus);
    }
}
