package org.guildhall.notifications.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.hostile.DatabaseState;
import org.guildhall.testkit.hostile.HostileRequests;
import org.junit.jupiter.api.Test;

/** Every operation of the OpenAPI document, driven with hostile values by a member who holds every role. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class HostileInputTest {

    @Test
    void shouldAnswerHostileValuesInEveryOperationAtTheDoorAndChangeNothing() throws Exception {
        HostileRequests.Report report = HostileRequests.against(URI.create("http://localhost:" + RestAssured.port))
                .withToken(TestTokens.shared()
                        .forUser("hostile-" + UUID.randomUUID())
                        .roles("member", "coordinator", "admin")
                        .sign())
                .withState(DatabaseState.of(
                        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                        Postgres.USER,
                        Postgres.PASSWORD))
                .run();

        report.failures().forEach(failure -> System.out.println("HOSTILE " + failure));
        assertThat(report.failures()).isEmpty();
        assertThat(report.operations()).isGreaterThan(5);
    }
}
