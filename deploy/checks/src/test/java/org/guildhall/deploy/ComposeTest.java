package org.guildhall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/compose, with the variables of its .env.example, agrees with the services. */
class ComposeTest {

    private static final Path REPO = Repository.root();
    private static final List<ServiceConfig> SERVICES = Repository.services();
    private static final Set<String> TOPICS = Repository.contractTopics();
    private static final String REALM = Repository.realm().path("realm").asText();

    @TempDir
    Path temp;

    /** A new directory under the test's temporary one, for each copy. */
    private Path fresh() {
        try {
            return Files.createTempDirectory(temp, "copy");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void composeAgreesWithTheServices() {
        assertThat(ComposeChecks.check(REPO.resolve("deploy/compose"), SERVICES, TOPICS, REALM))
                .isEmpty();
    }

    // ---- each check can fail: a copy of deploy/compose with one thing broken ----

    private List<String> problemsAfter(String file, String text, String replacement) {
        return problemsAfter(file, text, replacement, SERVICES);
    }

    private List<String> problemsAfter(String file, String text, String replacement, List<ServiceConfig> services) {
        // deploy/compose refers to ../keycloak: copy both
        Path deploy = fresh().resolve("deploy");
        Repository.copy(REPO.resolve("deploy/compose"), deploy.resolve("compose"));
        Repository.copy(REPO.resolve("deploy/keycloak"), deploy.resolve("keycloak"));
        if (file != null) {
            Repository.edit(deploy.resolve("compose").resolve(file), text, replacement);
        }
        return ComposeChecks.check(deploy.resolve("compose"), services, TOPICS, REALM);
    }

    @Test
    void aVariableNobodyProvidesFails() {
        assertThat(problemsAfter("compose.yaml", "  KAFKA_BOOTSTRAP_SERVERS: kafka:9092\n", ""))
                .contains("compose notifications-service: KAFKA_BOOTSTRAP_SERVERS is not provided, and"
                        + " notifications-service reads it in production");
    }

    @Test
    void aVariableAServiceStartsToReadInProductionFails() throws IOException {
        Path properties = Repository.copy(
                        REPO.resolve("members-service/src/main/resources"), fresh().resolve("resources"))
                .resolve("application.properties");
        Files.writeString(properties, "\n%prod.guildhall.token=${GUILDHALL_TOKEN}\n", StandardOpenOption.APPEND);
        List<ServiceConfig> services = new ArrayList<>(SERVICES);
        services.set(
                0,
                new ServiceConfig(
                        "members-service",
                        properties,
                        REPO.resolve(ServiceConfig.KIT_PROPERTIES),
                        REPO.resolve("members-service/src/main/java")));

        assertThat(problemsAfter(null, null, null, services))
                .containsExactly("compose members-service: GUILDHALL_TOKEN is not provided, and members-service reads"
                        + " it in production");
    }

    @Test
    void aVariableThatIsEmptyFails() {
        assertThat(problemsAfter(
                        "compose.yaml", "QUARKUS_MAILER_HOST: ${SMTP_HOST:-mailpit}", "QUARKUS_MAILER_HOST: ''"))
                .containsExactly("compose notifications-service: QUARKUS_MAILER_HOST is empty");
    }

    @Test
    void aHealthCheckOnAnotherPathFails() {
        assertThat(problemsAfter("compose.yaml", "localhost:8081/q/health/ready", "localhost:8081/q/health/live"))
                .containsExactly("compose members-service: its health check (CMD curl -fsS"
                        + " http://localhost:8081/q/health/live) does not ask localhost:8081/q/health/ready");
    }

    @Test
    void aPortOtherThanTheServicesFails() {
        assertThat(problemsAfter("compose.yaml", "\"8082:8082\"", "\"8082:8080\""))
                .containsExactly("compose events-service: publishes container port 8080, the service listens on 8082");
    }

    @Test
    void anImageTheBuildDoesNotMakeFails() {
        assertThat(problemsAfter("compose.yaml", "image: guildhall/events-service:", "image: guildhall/events:"))
                .containsExactly("compose events-service: image guildhall/events:0.1.0 is not the image the build"
                        + " makes, guildhall/events-service:0.1.0");
    }

    @Test
    void aServiceWithoutLimitsOrRestartFails() {
        assertThat(problemsAfter(
                        "compose.yaml", "  restart: unless-stopped\n  stop_grace_period", "  stop_grace_period"))
                .contains("compose members-service: restart policy no");
        assertThat(problemsAfter("compose.yaml", "        memory: 768M\n", ""))
                .contains("compose mentoring-service: no deploy.resources.limits.memory");
    }

    @Test
    void aTopicThatIsNotCreatedFails() {
        assertThat(problemsAfter("compose.yaml", "        guildhall.membership.dlq.events-service\n", ""))
                .containsExactly("compose: topic guildhall.membership.dlq.events-service is not created"
                        + " (GUILDHALL_TOPICS)");
    }

    @Test
    void databasesOpenToEveryRoleOrSharedFail() {
        assertThat(problemsAfter(
                        "postgres/init-databases.sh",
                        "REVOKE CONNECT, TEMPORARY ON DATABASE :\"database\" FROM PUBLIC;\n",
                        ""))
                .contains("init-databases.sh: does not REVOKE CONNECT ... FROM PUBLIC");
        assertThat(problemsAfter("compose.yaml", "postgres:5432/mentoring", "postgres:5432/events"))
                .contains("compose mentoring-service: database events is another service's too");
    }

    @Test
    void aPasswordOtherThanTheRolesFails() {
        assertThat(problemsAfter(
                        "compose.yaml",
                        "QUARKUS_DATASOURCE_PASSWORD: ${MEMBERS_DB_PASSWORD:?",
                        "QUARKUS_DATASOURCE_PASSWORD: ${EVENTS_DB_PASSWORD:?"))
                .containsExactly("compose members-service: QUARKUS_DATASOURCE_PASSWORD (${EVENTS_DB_PASSWORD:?set"
                        + " MEMBERS_DB_PASSWORD in deploy/compose/.env}) is not the password postgres creates role"
                        + " members with (${MEMBERS_DB_PASSWORD:?set MEMBERS_DB_PASSWORD in deploy/compose/.env})");
    }

    @Test
    void aRequiredVariableMissingFromEnvExampleFails() {
        assertThat(problemsAfter(".env.example", "KEYCLOAK_ADMIN_PASSWORD=change-me-admin\n", ""))
                .containsExactly("compose: KEYCLOAK_ADMIN_PASSWORD is required (set KEYCLOAK_ADMIN_PASSWORD in"
                        + " deploy/compose/.env) but .env.example does not set it");
    }

    @Test
    void keycloakWithoutTheRealmFails() {
        assertThat(problemsAfter("compose.yaml", "../keycloak/guildhall-realm.json:", "./realm.json:"))
                .containsExactly("compose keycloak: does not import ../keycloak/guildhall-realm.json");
    }
}
