package org.guildhall.events.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.guildhall.events.Fixtures;
import org.guildhall.events.membership.MemberSnapshotRepository;
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
    MemberSnapshotRepository standings;

    @Test
    void shouldAnswerHostileValuesInEveryOperationAtTheDoorAndChangeNothing() throws Exception {
        String me = Fixtures.activeMember(standings, "associate");
        String event = Fixtures.published(Fixtures.conference(10));

        HostileRequests.Report report = HostileRequests.against(URI.create("http://localhost:" + RestAssured.port))
                .withToken(Fixtures.TOKENS
                        .forUser(me)
                        .roles("member", "coordinator", "admin")
                        .sign())
                .withPathValue("id", event)
                .withPathValue("eventId", event)
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
    void shouldRefuseAnEventOutsideTheCalendarsYearsNamingTheField() {
        for (String startsAt :
                List.of("10000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "1899-12-31T23:00:00Z")) {
            given().auth()
                    .oauth2(Fixtures.coordinatorToken())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.with(Fixtures.conference(10), "startsAt", startsAt))
                    .post("/events")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("startsAt"));
        }
        given().auth()
                .oauth2(Fixtures.coordinatorToken())
                .queryParam("from", "-1000000000-01-01T00:00:00Z")
                .get("/events")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        given().auth()
                .oauth2(Fixtures.coordinatorToken())
                .queryParam("page", 2147483647)
                .get("/events")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("page"));
    }

    @Test
    void shouldRefuseARoleNameThatHidesBehindABidiOverride() {
        String event = Fixtures.draft(Fixtures.conference(10));
        given().auth()
                .oauth2(Fixtures.coordinatorToken())
                .contentType(ContentType.JSON)
                .body(java.util.Map.of("name", "Usher\u202E", "description", "Line one\nLine two"))
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));
    }
}
