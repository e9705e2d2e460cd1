package org.guildhall.members.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.openapi.OpenApiConformance;
import org.junit.jupiter.api.Test;

/** Every operation of the OpenAPI document does what the document says (issue 11 §6). */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ApiMatchesItsDescriptionTest {

    @Test
    void everyOperationShouldBehaveAsItsOpenApiDocumentSays() throws Exception {
        String me = Community.activeMember("conformance");
        String other = Community.activeMember("other");

        OpenApiConformance.Report report = OpenApiConformance.of(URI.create("http://localhost:" + RestAssured.port))
                .withToken(Community.TOKENS
                        .forUser(me)
                        .roles("member", "coordinator", "admin")
                        .sign())
                .withPathValue("id", other)
                .withPathValue("memberId", other)
                .withBody("PUT /members/me", "{\"displayName\":\"Conformance Tester\",\"timeZone\":\"Europe/London\"}")
                .withBody(
                        "POST /members/me/goals",
                        "{\"kind\":\"FIND_MENTOR\",\"description\":\"Someone who ran a guild\"}")
                // erasing the caller or the other member ends what the rest act on
                .withLast("DELETE /members/{id}", "DELETE /members/me")
                .run();

        report.failures().forEach(failure -> System.out.println("CONFORMANCE " + failure));
        System.out.println("CONFORMANCE " + report.operations() + " operations, " + report.requests()
                + " requests, successes " + report.successes());
        assertThat(report.failures()).isEmpty();
        assertThat(report.successes()).containsKeys("GET /members/me", "PUT /members/me", "POST /members/me/goals");
    }
}
