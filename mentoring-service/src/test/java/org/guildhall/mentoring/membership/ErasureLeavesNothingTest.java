package org.guildhall.mentoring.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.OutboxState;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

/** Erasure (GDPR Art. 17): after MemberErased, no table of mentoring-service holds the person or their words. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureLeavesNothingTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Inject
    Community community;

    @Inject
    Mentoring mentoring;

    @Inject
    MemberSnapshotRepository snapshots;

    @Inject
    DataSource dataSource;

    @Test
    void anErasedMenteeAndTheirWordsShouldBeInNoTableIncludingThePublishedOutbox() throws Exception {
        String grace = mentoring.mentorTaking(2);
        String linus = community.activeSeniorEngineer("en");
        String ada = community.activeEarlyCareerMember("en");
        String name = QuarkusTransaction.requiringNew()
                .call(() -> snapshots.findById(ada).displayName());
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String askedFor = "Guide me through " + mark;
        String topic = "Kernels of " + mark;
        String thanks = "Thanks from " + mark;

        Map<String, Object> ask = new java.util.HashMap<>(Requests.askFor(grace));
        ask.put("message", askedFor);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(ask)
                .post("/mentorship-requests")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "hostId",
                        linus,
                        "topic",
                        topic,
                        "message",
                        "Could we talk? " + mark,
                        "proposedTimes",
                        List.of(TestClock.CLOCK
                                .instant()
                                .plus(Duration.ofDays(2))
                                .truncatedTo(ChronoUnit.HOURS)
                                .toString())))
                .post("/informational-interviews")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TOKENS.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of("toMemberId", grace, "context", "EVENT", "contextId", "e-" + mark, "message", thanks))
                .post("/appreciations")
                .then()
                .statusCode(201);
        awaitEverythingPublished();
        assertThat(whereFound(name, ada + "@example.org", mark)).isNotEmpty();

        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            membership.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBER_ERASED.type(),
                    ada,
                    "{\"memberId\":\"" + ada + "\",\"erasedAt\":\"" + Instant.now() + "\"}");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> snapshots.findByIdOptional(ada))
                .isEmpty());

        assertThat(whereFound(name, ada + "@example.org", mark)).isEmpty();
        awaitEverythingPublished();
        assertThat(whereFound(name, ada + "@example.org", mark)).isEmpty();
    }

    private List<String> whereFound(String... needles) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataSearch.whereFound(connection, needles);
        }
    }

    private void awaitEverythingPublished() {
        OutboxState.awaitEverythingPublished(dataSource);
    }
}
