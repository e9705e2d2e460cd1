package org.guildhall.notifications.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.http.HttpLayerProblems;
import org.junit.jupiter.api.Test;

/** What the HTTP layer answers by itself, on a raw socket, is a problem detail too (issue 11 §8). */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class HttpLayerProblemsTest {

    @Test
    void malformedAndOversizedRequestsShouldBeAnsweredWithProblemDetails() throws Exception {
        assertThat(HttpLayerProblems.check(
                        "localhost",
                        RestAssured.port,
                        "/notifications/me",
                        "/webhooks/endpoints",
                        TestTokens.shared()
                                .forUser("raw-" + java.util.UUID.randomUUID())
                                .roles("member", "coordinator", "admin")
                                .sign()))
                .isEmpty();
    }
}
