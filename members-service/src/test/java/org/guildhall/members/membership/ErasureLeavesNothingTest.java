package org.guildhall.members.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.guildhall.kit.outbox.OutboxPruning;
import org.guildhall.kit.outbox.OutboxSettings;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.OutboxState;
import org.guildhall.testkit.PersonalDataSearch;
import org.junit.jupiter.api.Test;

/** Erasure (GDPR Art. 17): after it, no table and no answer of this service holds the person. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureLeavesNothingTest {

    @Inject
    DataSource dataSource;

    @Inject
    OutboxPruning pruning;

    @Inject
    OutboxSettings outboxSettings;

    @Test
    void anErasedMemberShouldBeInNoTableIncludingThePublishedOutbox() throws Exception {
        Person ada = Person.named("Ada");
        ada.join();
        String grace = Community.activeMember("grace");
        given().auth()
                .oauth2(Community.member(ada.id))
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", grace, "note", ada.words))
                .post("/connections/requests")
                .then()
                .statusCode(201);
        awaitEverythingPublished();
        assertThat(whereFound(ada)).isNotEmpty();

        given().auth()
                .oauth2(Community.member(ada.id))
                .delete("/members/me")
                .then()
                .statusCode(204);

        assertThat(whereFound(ada)).isEmpty();
        awaitEverythingPublished();
        assertThat(whereFound(ada)).isEmpty();
    }

    @Test
    void someoneWhoErasedTheirAccountShouldJoinAgainAsANewMember() {
        Person ada = Person.named("Ada");
        ada.join();
        given().auth()
                .oauth2(Community.member(ada.id))
                .delete("/members/me")
                .then()
                .statusCode(204);

        given().auth()
                .oauth2(Community.member(ada.id))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada Again", "timeZone", "Europe/Paris"))
                .post("/members")
                .then()
                .statusCode(201)
                .body("displayName", equalTo("Ada Again"))
                .body("membership.status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(Community.member(ada.id))
                .get("/members/{id}/status-history", ada.id)
                .then()
                .statusCode(200)
                .body("", hasSize(1));
    }

    @Test
    void theBooksShouldKeepAnErasedMembershipUnderAPseudonymWithoutTheMemberId() throws Exception {
        Person ada = Person.named("Ada");
        ada.join();
        given().auth()
                .oauth2(Community.member(ada.id))
                .delete("/members/me")
                .then()
                .statusCode(204);

        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}", ada.id)
                .then()
                .statusCode(404);
        try (Connection connection = dataSource.getConnection()) {
            // only the erasure's own events (MemberErased, the membership ending) name the id, until published and
            // pruned
            assertThat(PersonalDataSearch.whereFound(connection, ada.id))
                    .filteredOn(where -> !where.startsWith("outbox."))
                    .isEmpty();
            try (ResultSet kept = connection
                    .createStatement()
                    .executeQuery("select count(*) from membership_status_change where member_id like 'erased-%'")) {
                kept.next();
                assertThat(kept.getLong(1)).isPositive();
            }
        }
    }

    @Test
    void publishedOutboxRowsShouldBePrunedAfterTheRetentionAndUnpublishedOnesKept() throws Exception {
        assertThat(outboxSettings.retention()).isEqualTo(Duration.ofDays(7));
        Person ada = Person.named("Ada");
        ada.join();
        awaitEverythingPublished();

        pruning.pruneSentBefore(Instant.now().minus(Duration.ofHours(1)));
        assertThat(outboxRowsAbout(ada.id)).isPositive();

        pruning.pruneSentBefore(Instant.now().plusSeconds(1));
        assertThat(outboxRowsAbout(ada.id)).isZero();
    }

    private java.util.List<String> whereFound(Person person) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataSearch.whereFound(connection, person.name, person.email, person.words, person.headline);
        }
    }

    private long outboxRowsAbout(String memberId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from outbox where message_key = ?")) {
            count.setString(1, memberId);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void awaitEverythingPublished() {
        OutboxState.awaitEverythingPublished(dataSource);
    }

    /** Someone whose name, e-mail and words are unique to the test, so a search finds only them. */
    private record Person(String id, String name, String email, String headline, String words) {

        static Person named(String first) {
            StringBuilder mark = new StringBuilder();
            UUID.randomUUID()
                    .toString()
                    .replace("-", "")
                    .chars()
                    .limit(8)
                    .forEach(hex -> mark.append((char) ('a' + Character.digit(hex, 16))));
            String id = Community.newPerson(first.toLowerCase(java.util.Locale.ROOT));
            return new Person(
                    id,
                    first + " Zq" + mark,
                    id + "@example.org",
                    "Headline of " + mark,
                    "Words of " + first + " " + mark);
        }

        void join() {
            given().auth()
                    .oauth2(Community.member(id))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "displayName", name, "headline", headline, "location", "Ely", "timeZone", "Europe/London"))
                    .post("/members")
                    .then()
                    .statusCode(201);
        }
    }
}
