package org.guildhall.events.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.events.Fixtures;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.OutboxState;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * Erasure (GDPR Art. 17): the registrations kept for seat counts carry a pseudonym, and nothing in the database (the
 * published outbox included) links that pseudonym back to the member id or names the person.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureLeavesNothingTest {

    @Inject
    MemberSnapshotRepository standings;

    @Inject
    DataSource dataSource;

    @Test
    void nothingShouldLinkAnErasedMembersPseudonymousRegistrationsBackToThem() throws Exception {
        String ada = Fixtures.activeMember(standings, "associate");
        String name = QuarkusTransaction.requiringNew()
                .call(() -> standings.findById(ada).displayName());
        String full = Fixtures.published(Fixtures.conference(1));
        String open = Fixtures.published(Fixtures.conference(10));
        String other = Fixtures.activeMember(standings, "associate");
        Fixtures.register(full, other).then().statusCode(201);
        Fixtures.register(full, ada).then().statusCode(201);
        Fixtures.register(open, ada).then().statusCode(201);
        given().auth()
                .oauth2(Fixtures.TOKENS.member(ada))
                .get("/calendar/feeds/me")
                .then()
                .statusCode(200);
        awaitEverythingPublished();
        assertThat(whereFound(ada, name)).isNotEmpty();

        try (TopicWriter membership = new TopicWriter(KafkaBroker.shared().bootstrapServers())) {
            membership.send(
                    Topics.MEMBERSHIP,
                    UUID.randomUUID(),
                    MembershipEvents.MEMBER_ERASED.type(),
                    ada,
                    "{\"memberId\":\"" + ada + "\",\"erasedAt\":\"" + Instant.now() + "\"}");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> standings.findByIdOptional(ada))
                .isEmpty());

        assertThat(whereFound(ada, name)).isEmpty();
        awaitEverythingPublished();
        assertThat(whereFound(ada, name)).isEmpty();
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
