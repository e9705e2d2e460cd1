package org.guildhall.events.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import org.guildhall.events.Fixtures;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.openapi.OpenApiConformance;
import org.junit.jupiter.api.Test;

/** Every operation of the OpenAPI document does what the document says (issue 11 §6). */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ApiMatchesItsDescriptionTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void everyOperationShouldBehaveAsItsOpenApiDocumentSays() throws Exception {
        String me = Fixtures.activeMember(standings, "associate");
        String event = Fixtures.published(Fixtures.conference(10));

        OpenApiConformance.Report report = OpenApiConformance.of(URI.create("http://localhost:" + RestAssured.port))
                .withToken(Fixtures.TOKENS
                        .forUser(me)
                        .roles("member", "coordinator", "admin")
                        .sign())
                .withPathValue("id", event)
                .withPathValue("eventId", event)
                .withLast("POST /events/{id}/cancel")
                .withBody("POST /events", new ObjectMapper().writeValueAsString(Fixtures.conference(10)))
                .withBody("PUT /events/{id}", new ObjectMapper().writeValueAsString(Fixtures.conference(12)))
                .run();

        report.failures().forEach(failure -> System.out.println("CONFORMANCE " + failure));
        System.out.println("CONFORMANCE " + report.operations() + " operations, " + report.requests()
                + " requests, successes " + report.successes());
        assertThat(report.failures()).isEmpty();
        assertThat(report.successes())
                .containsKeys("POST /events", "GET /events/{id}", "POST /events/{eventId}/registrations");
    }
}
