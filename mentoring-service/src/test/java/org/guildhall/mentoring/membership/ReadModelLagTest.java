package org.guildhall.mentoring.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Mentoring.TOKENS;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

/** A member who joined a moment ago takes part in mentoring at once, or is told to retry: never refused. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ReadModelLagTest {

    private static final String EXAMPLE_ID = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";

    @Test
    void aMemberWhoJustJoinedShouldDeclareThemselvesAMenteeAtOnceAndNeverBeRefused() {
        List<Integer> answers = new ArrayList<>();
        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            for (int attempt = 0; attempt < 8; attempt++) {
                String memberId = Community.newPersonId();
                String joined =
                        ContractExamples.example(MembershipEvents.MEMBER_JOINED).replace(EXAMPLE_ID, memberId);
                membership.send(
                        Topics.MEMBERSHIP, UUID.randomUUID(), MembershipEvents.MEMBER_JOINED.type(), memberId, joined);
                Response answer = declareMentee(memberId);
                answers.add(answer.statusCode());
                assertRetryableUnlessDone(answer);
            }
        }

        assertThat(answers).doesNotContain(409, 403).contains(200);
    }

    @Test
    void aMemberThisServiceNeverHearsOfShouldBeToldToRetryNotRefused() {
        Response answer = declareMentee(Community.newPersonId());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertRetryableUnlessDone(answer);
        Response suggestions =
                given().auth().oauth2(TOKENS.member(Community.newPersonId())).get("/mentees/me/suggestions");
        assertThat(suggestions.statusCode()).isEqualTo(503);
        assertRetryableUnlessDone(suggestions);
    }

    private static Response declareMentee(String memberId) {
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .contentType(ContentType.JSON)
                .body(Requests.menteeSharing("en"))
                .put("/mentees/{id}", memberId);
    }

    private static void assertRetryableUnlessDone(Response answer) {
        if (answer.statusCode() == 200) {
            return;
        }
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
        assertThat(answer.jsonPath().getString("type"))
                .isEqualTo("https://guildhall.org/problems/member-not-yet-known");
        assertThat(answer.header("Retry-After")).isNotBlank();
    }
}
