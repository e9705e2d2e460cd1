package org.guildhall.members.membership;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ErasureTest {

    @Test
    void erasingShouldForgetThePersonAndTellTheOtherServices() {
        String ada = Community.activeMember("ada");
        String grace = Community.activeMember("grace");
        Community.connect(ada, grace);

        given().auth()
                .oauth2(Community.member(grace))
                .delete("/members/{id}", ada)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.member(ada))
                .delete("/members/me")
                .then()
                .statusCode(204);

        given().auth()
                .oauth2(Community.member(grace))
                .get("/members/{id}", ada)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Community.member(grace))
                .get("/connections")
                .then()
                .body("totalItems", equalTo(0));
        // the books keep the membership under a pseudonym: not even an admin finds the person under their id
        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}", ada)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Community.member(ada))
                .delete("/members/me")
                .then()
                .statusCode(404);

        try (TopicReader membership =
                TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> membership.recordsWithKey(ada).stream()
                    .anyMatch(record -> MembershipEvents.MEMBER_ERASED
                            .type()
                            .equals(TopicReader.header(record, CloudEventHeaders.TYPE))));
            membership.recordsWithKey(ada).stream()
                    .filter(record -> MembershipEvents.MEMBER_ERASED
                            .type()
                            .equals(TopicReader.header(record, CloudEventHeaders.TYPE)))
                    .forEach(record -> ContractExamples.assertConforms(MembershipEvents.MEMBER_ERASED, record.value()));
        }
    }

    @Test
    void anAdminShouldEraseAnyMember() {
        String eve = Community.activeMember("eve");
        given().auth()
                .oauth2(Community.admin())
                .delete("/members/{id}", eve)
                .then()
                .statusCode(204);
        given().delete("/members/{id}", eve).then().statusCode(401);
    }
}
