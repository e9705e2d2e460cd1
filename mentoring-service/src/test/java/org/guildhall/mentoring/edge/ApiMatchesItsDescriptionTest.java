package org.guildhall.mentoring.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.openapi.OpenApiConformance;
import org.junit.jupiter.api.Test;

/** Every operation of the OpenAPI document does what the document says (issue 11 §6). */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ApiMatchesItsDescriptionTest {

    @Inject
    Community community;

    @Test
    void everyOperationShouldBehaveAsItsOpenApiDocumentSays() throws Exception {
        String me = community.activeSeniorEngineer(Community.privateLanguage());
        String programme = Mentoring.openProgramme(me);

        OpenApiConformance.Report report = OpenApiConformance.of(URI.create("http://localhost:" + RestAssured.port))
                .withToken(Mentoring.TOKENS
                        .forUser(me)
                        .roles("member", "coordinator", "admin")
                        .sign())
                .withPathValue("id", programme)
                .run();

        report.failures().forEach(failure -> System.out.println("CONFORMANCE " + failure));
        System.out.println("CONFORMANCE " + report.operations() + " operations, " + report.requests()
                + " requests, successes " + report.successes());
        assertThat(report.failures()).isEmpty();
        assertThat(report.successes()).containsKeys("GET /programmes/{id}");
    }
}
