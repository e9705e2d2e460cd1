package org.guildhall.notifications.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.notifications.Scenario.ADA;
import static org.guildhall.notifications.Scenario.GRACE;
import static org.guildhall.notifications.Scenario.LINUS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.Scenario;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.PersonalDataSearch;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Erasure (GDPR Art. 17): other members' notifications that named or quoted the erased member say "a former member"
 * and leave their words out, in every answer and in every table.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureLeavesNothingTest {

    @Inject
    MemberSnapshotRepository contacts;

    @Inject
    DataSource dataSource;

    @Test
    void othersNotificationsShouldSayAFormerMemberAndDropTheErasedMembersWords() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String name = "Ada Zq" + mark;
        String email = "ada." + mark + "@example.org";
        String note = "We met at " + mark;
        String asking = "Guide me " + mark;
        String topic = "Kernels " + mark;
        String thanks = "Thank you " + mark;
        Scenario scenario = new Scenario();
        Map<String, String> as = Map.of(
                "Ada Lovelace", name,
                "ada@example.org", email,
                "We met at the data engineering meetup", note,
                "I would value your guidance on moving into data engineering", asking,
                "Working on operating systems", topic,
                "Thank you for the time and the honest advice", thanks);
        String ada = scenario.id(ADA);
        String grace = scenario.id(GRACE);
        String linus = scenario.id(LINUS);
        scenario.send(MembershipEvents.MEMBER_JOINED, as);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> contacts.of(ada).isPresent()));
        scenario.send(MembershipEvents.CONNECTION_REQUESTED, as);
        scenario.send(MentoringEvents.MENTORSHIP_REQUESTED, as);
        scenario.send(MentoringEvents.APPRECIATION_SENT, as);
        scenario.send(MentoringEvents.INFORMATIONAL_INTERVIEW_REQUESTED, as);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Inboxes.of(grace)).extracting(n -> n.kind()).hasSize(3);
            assertThat(Inboxes.of(linus)).extracting(n -> n.kind()).hasSize(1);
        });
        assertThat(inboxTexts(grace)).anyMatch(text -> text.contains(name)).anyMatch(text -> text.contains(note));
        assertThat(whereFound(name, email, mark)).isNotEmpty();

        scenario.send(MembershipEvents.MEMBER_ERASED);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> contacts.of(ada).isEmpty()));

        for (String other : List.of(grace, linus)) {
            List<String> texts = inboxTexts(other);
            assertThat(texts).noneMatch(text -> text.contains(name) || text.contains(mark));
            assertThat(texts).anyMatch(text -> text.startsWith("A former member "));
        }
        assertThat(inboxTexts(grace))
                .contains(
                        "A former member would like to connect | A former member asked to connect with you.",
                        "A former member thanked you | Someone appreciated your help.");
        assertThat(whereFound(name, email, mark)).isEmpty();
    }

    private static List<String> inboxTexts(String memberId) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(TestTokens.shared().member(memberId))
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .map(item -> item.get("title") + " | " + item.get("body"))
                .toList();
    }

    private List<String> whereFound(String... needles) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataSearch.whereFound(connection, needles);
        }
    }
}
