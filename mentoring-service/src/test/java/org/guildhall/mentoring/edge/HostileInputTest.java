package org.guildhall.mentoring.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.hostile.DatabaseState;
import org.guildhall.testkit.hostile.HostileRequests;
import org.junit.jupiter.api.Test;

/** Every operation of the OpenAPI document, driven with hostile values by a member who holds every role. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class HostileInputTest {

    @Inject
    Community community;

    @Test
    void shouldAnswerHostileValuesInEveryOperationAtTheDoorAndChangeNothing() throws Exception {
        String me = community.activeSeniorEngineer(Community.privateLanguage());
        String programme = Mentoring.openProgramme(me);

        HostileRequests.Report report = HostileRequests.against(URI.create("http://localhost:" + RestAssured.port))
                .withToken(Mentoring.TOKENS
                        .forUser(me)
                        .roles("member", "coordinator", "admin")
                        .sign())
                .withPathValue("id", programme)
                .withState(DatabaseState.of(
                        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                        Postgres.USER,
                        Postgres.PASSWORD))
                .run();

        report.failures().forEach(failure -> System.out.println("HOSTILE " + failure));
        assertThat(report.failures()).isEmpty();
        assertThat(report.operations()).isGreaterThan(20);
    }

    @Test
    void shouldLimitEachCoordinatorsCohortMatchingWithATooManyRequestsProblem() {
        String greedy = Community.newPersonId();
        String programme = Mentoring.openProgramme(greedy);
        Response refused = null;
        for (int call = 0; call < 200 && refused == null; call++) {
            Response answer = given().auth()
                    .oauth2(Mentoring.TOKENS.coordinator(greedy))
                    .contentType(ContentType.JSON)
                    .body(Map.of())
                    .post("/programmes/{id}/matching", programme);
            assertThat(answer.statusCode()).as(answer.asString()).isLessThan(500);
            if (answer.statusCode() == 429) {
                refused = answer;
            }
        }

        assertThat(refused).as("a 429 after the caller's share").isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.jsonPath().getString("type")).endsWith("/too-many-requests");
        // another coordinator's share is their own
        assertThat(given().auth()
                        .oauth2(Mentoring.TOKENS.coordinator(Community.newPersonId()))
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/programmes/{id}/matching", programme)
                        .statusCode())
                .isNotEqualTo(429);
    }
}
