package org.guildhall.notifications.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.UUID;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.openapi.OpenApiConformance;
import org.junit.jupiter.api.Test;

/** Every operation of the OpenAPI document does what the document says (issue 11 §6). */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ApiMatchesItsDescriptionTest {

    @Test
    void everyOperationShouldBehaveAsItsOpenApiDocumentSays() throws Exception {
        OpenApiConformance.Report report = OpenApiConformance.of(URI.create("http://localhost:" + RestAssured.port))
                .withToken(TestTokens.shared()
                        .forUser("conformance-" + UUID.randomUUID())
                        .roles("member", "coordinator", "admin")
                        .sign())
                .run();

        report.failures().forEach(failure -> System.out.println("CONFORMANCE " + failure));
        System.out.println("CONFORMANCE " + report.operations() + " operations, " + report.requests()
                + " requests, successes " + report.successes());
        assertThat(report.failures()).isEmpty();
        assertThat(report.successes()).containsKeys("GET /notifications/me/preferences");
    }
}
