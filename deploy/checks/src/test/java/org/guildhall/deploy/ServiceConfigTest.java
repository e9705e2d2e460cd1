package org.guildhall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {

    private final Path repo = Repository.root();

    @Test
    void readsWhatProductionNeedsFromTheServicesAndTheKit() {
        ServiceConfig members = ServiceConfig.of(repo, "members-service");

        assertThat(members.requiredVariables())
                .contains(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_USERNAME",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "QUARKUS_OIDC_AUTH_SERVER_URL")
                .doesNotContain("QUARKUS_MAILER_HOST");
        assertThat(ServiceConfig.of(repo, "notifications-service").requiredVariables())
                .contains("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT");
        assertThat(members.httpPort()).isEqualTo(8081);
        assertThat(members.readinessPath()).isEqualTo("/q/health/ready");
        assertThat(members.livenessPath()).isEqualTo("/q/health/live");
        assertThat(members.metricsPath()).isEqualTo("/q/metrics");
        assertThat(members.image()).isEqualTo("guildhall/members-service:0.1.0");
        assertThat(members.deadLetterTopics())
                .containsExactly(
                        "guildhall.events.dlq.members-service",
                        "guildhall.mentoring.dlq.members-service",
                        "guildhall.notifications.dlq.members-service");
    }

    @Test
    void findsThePathPrefixesOfEveryResource() {
        assertThat(ServiceConfig.of(repo, "members-service").apiPathPrefixes())
                .contains("/members", "/connections", "/introductions", "/tiers");
        // mentoring-service has resources at "/" whose methods name the prefixes
        assertThat(ServiceConfig.of(repo, "mentoring-service").apiPathPrefixes())
                .contains("/mentors", "/mentees", "/topics", "/informational-interviews", "/programmes");
        assertThat(ServiceConfig.of(repo, "notifications-service").apiPathPrefixes())
                .containsExactly("/notifications", "/webhooks");
        assertThat(ServiceConfig.of(repo, "events-service").apiPathPrefixes())
                .contains("/events", "/reports/events")
                .doesNotContain("/reports");
    }

    @Test
    void aVariableWithoutADefaultInProdIsRequired(@TempDir Path temp) throws IOException {
        Path properties = temp.resolve("application.properties");
        Files.writeString(
                properties,
                """
                quarkus.http.port=9000
                %prod.guildhall.a=${NEEDED_A}
                %prod.guildhall.b=${OPTIONAL_B:}
                %prod.guildhall.c=${OPTIONAL_C:fallback}
                %prod.guildhall.d=${OUTER_D:${INNER_D}}
                %test.guildhall.e=${ONLY_IN_TESTS}
                guildhall.f=prefix-${NEEDED_F}-suffix
                guildhall.g=${guildhall.f}
                %prod.quarkus.http.port=9001
                """);
        Path kit = temp.resolve("kit.properties");
        Files.writeString(kit, "%prod.kit.h=${NEEDED_H}\n%prod.guildhall.a=${OVERRIDDEN}\n");

        ServiceConfig config = new ServiceConfig("a-service", properties, kit, temp);

        assertThat(config.requiredVariables()).containsExactly("NEEDED_A", "NEEDED_F", "NEEDED_H");
        assertThat(config.httpPort()).isEqualTo(9001);
    }

    @Test
    void aClassAtTheRootNamesItsPrefixesOnItsMethods() {
        String source =
                """
                package x;
                @Path("/")
                public class Resource {
                    @GET @Path("mentors/{id}") public String a() { return ""; }
                    @GET @Path("/topics") public String b() { return ""; }
                }
                """;
        assertThat(ServiceConfig.pathPrefixes(source)).containsExactly("/mentors", "/topics");
        assertThat(ServiceConfig.pathPrefixes(
                        "@Path(\"/events/{eventId}\")\nclass R { @Path(\"/waitlist\") void a() {} }"))
                .containsExactly("/events");
        assertThat(ServiceConfig.pathPrefixes("class NoResource {}")).isEmpty();
    }
}
