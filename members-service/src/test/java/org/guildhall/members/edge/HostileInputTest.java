package org.guildhall.members.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.hostile.DatabaseState;
import org.guildhall.testkit.hostile.HostileRequests;
import org.junit.jupiter.api.Test;

/** Every operation of the OpenAPI document, driven with hostile values by a member who holds every role. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class HostileInputTest {

    @Test
    void shouldAnswerHostileValuesInEveryOperationAtTheDoorAndChangeNothing() throws Exception {
        String me = Community.activeMember("hostile");
        given().auth()
                .oauth2(Community.member(me))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "FIND_MENTOR", "description", "Someone who ran a guild"))
                .post("/members/me/goals")
                .then()
                .statusCode(201);

        HostileRequests.Report report = HostileRequests.against(URI.create("http://localhost:" + RestAssured.port))
                .withToken(Community.TOKENS
                        .forUser(me)
                        .roles("member", "coordinator", "admin")
                        .sign())
                .withState(DatabaseState.of(
                        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                        Postgres.USER,
                        Postgres.PASSWORD))
                .run();

        System.out.println("HOSTILE " + report.operations() + " operations, " + report.requests() + " requests "
                + report.statuses());
        report.failures().forEach(failure -> System.out.println("HOSTILE " + failure));
        assertThat(report.failures()).isEmpty();
        assertThat(report.operations()).isGreaterThan(20);
    }
}
