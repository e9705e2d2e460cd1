package org.guildhall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/k8s as each overlay renders it: strictly well-formed, and in agreement with the services. */
class KubernetesManifestsTest {

    private static final Path REPO = Repository.root();
    private static final List<ServiceConfig> SERVICES = Repository.services();
    private static final Set<String> TOPICS = Repository.contractTopics();
    private static final JsonNode REALM = Repository.realm();

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

    static Stream<Path> overlays() {
        return Repository.overlays(REPO.resolve("deploy/k8s")).stream();
    }

    @Test
    void thereAreASmallAndAProductionOverlay() {
        assertThat(overlays().map(p -> p.getFileName().toString())).contains("small", "production");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectReadsStrictlyIntoItsModel(Path overlay) {
        assertThat(StrictModels.check(Kustomize.render(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theOverlayAgreesWithTheServices(Path overlay) {
        List<ObjectNode> objects = Kustomize.render(overlay);
        assertThat(KubernetesChecks.check(objects, SERVICES, TOPICS, REALM)).isEmpty();
        // and the checks had something to check
        assertThat(objects.stream().map(o -> o.path("kind").asText()).collect(Collectors.toSet()))
                .contains(
                        "Deployment",
                        "Service",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "Ingress",
                        "NetworkPolicy",
                        "ServiceMonitor",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "Cluster",
                        "Keycloak",
                        "KeycloakRealmImport");
    }

    @Test
    void theOverlaysDifferWhereTheySay() {
        List<ObjectNode> small = Kustomize.render(REPO.resolve("deploy/k8s/overlays/small"));
        List<ObjectNode> production = Kustomize.render(REPO.resolve("deploy/k8s/overlays/production"));
        assertThat(minReplicas(small)).isEqualTo(1);
        assertThat(minReplicas(production)).isEqualTo(2);
        assertThat(instances(production, "members-db")).isEqualTo(3);
        assertThat(instances(small, "members-db")).isEqualTo(1);
    }

    private static int minReplicas(List<ObjectNode> objects) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals("HorizontalPodAutoscaler"))
                .mapToInt(o -> o.at("/spec/minReplicas").asInt())
                .max()
                .orElseThrow();
    }

    private static int instances(List<ObjectNode> objects, String cluster) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals("Cluster"))
                .filter(o -> o.at("/metadata/name").asText().equals(cluster))
                .mapToInt(o -> o.at("/spec/instances").asInt())
                .findFirst()
                .orElseThrow();
    }

    // ---- each check can fail: a copy of deploy/k8s with one thing broken ----

    private List<String> problemsAfter(String file, String text, String replacement) {
        return problemsAfter(file, text, replacement, SERVICES);
    }

    private List<String> problemsAfter(String file, String text, String replacement, List<ServiceConfig> services) {
        Path k8s = Repository.copy(REPO.resolve("deploy/k8s"), fresh().resolve("k8s"));
        if (file != null) {
            Repository.edit(k8s.resolve(file), text, replacement);
        }
        List<ObjectNode> objects = Kustomize.render(k8s.resolve("overlays/production"));
        List<String> problems = new ArrayList<>(StrictModels.check(objects));
        problems.addAll(KubernetesChecks.check(objects, services, TOPICS, REALM));
        return problems;
    }

    @Test
    void aVariableNobodyProvidesFails() {
        assertThat(problemsAfter(
                        "base/shared-config.yaml", "  KAFKA_BOOTSTRAP_SERVERS: guildhall-kafka-bootstrap:9092\n", ""))
                .contains("Deployment members-service: KAFKA_BOOTSTRAP_SERVERS is not provided, and members-service"
                        + " reads it in production");
    }

    @Test
    void aVariableAServiceStartsToReadInProductionFails() throws IOException {
        Path properties = Repository.copy(
                        REPO.resolve("events-service/src/main/resources"), fresh().resolve("resources"))
                .resolve("application.properties");
        Files.writeString(
                properties, "\n%prod.guildhall.events.secret=${GUILDHALL_EVENTS_SECRET}\n", StandardOpenOption.APPEND);
        List<ServiceConfig> services = new ArrayList<>(SERVICES);
        services.set(
                1,
                new ServiceConfig(
                        "events-service",
                        properties,
                        REPO.resolve(ServiceConfig.KIT_PROPERTIES),
                        REPO.resolve("events-service/src/main/java")));

        assertThat(problemsAfter(null, null, null, services))
                .containsExactly("Deployment events-service: GUILDHALL_EVENTS_SECRET is not provided, and"
                        + " events-service reads it in production");
    }

    @Test
    void aMissingConfigMapOrSecretKeyFails() {
        assertThat(problemsAfter("base/shared-config.yaml", "name: guildhall-shared", "name: guildhall-common"))
                .contains("Deployment members-service: envFrom ConfigMap guildhall-shared, which is not defined");
        assertThat(problemsAfter("base/mentoring-service.yaml", "key: username", "key: user-name"))
                .contains("Deployment mentoring-service: QUARKUS_DATASOURCE_USERNAME from Secret"
                        + " mentoring-db-app/user-name, which is not defined");
    }

    @Test
    void aPortOtherThanTheServicesFails() {
        assertThat(problemsAfter("base/members-service.yaml", "containerPort: 8081", "containerPort: 8080"))
                .contains("Deployment members-service: no containerPort 8081 (the port members-service listens on);"
                        + " it declares [8080]");
    }

    @Test
    void aProbeOnAPathTheServiceDoesNotAnswerFails() {
        assertThat(problemsAfter("base/events-service.yaml", "path: /q/health/ready", "path: /health/ready"))
                .contains("Deployment events-service: readinessProbe asks /health/ready, the service answers"
                        + " /q/health/ready");
    }

    @Test
    void anImageTheBuildDoesNotMakeFails() {
        assertThat(problemsAfter(
                        "base/mentoring-service.yaml",
                        "image: guildhall/mentoring-service:0.1.0",
                        "image: guildhall/mentoring:0.1.0"))
                .contains("Deployment mentoring-service: image guildhall/mentoring:0.1.0 is not the image the build"
                        + " makes, guildhall/mentoring-service:0.1.0");
    }

    @Test
    void aTopicWithoutKafkaTopicFails() {
        assertThat(problemsAfter(
                        "base/kafka-topics.yaml",
                        "guildhall.membership.dlq.events-service",
                        "guildhall.membership.dlq.event-service"))
                .contains(
                        "no KafkaTopic for guildhall.membership.dlq.events-service",
                        "KafkaTopic guildhall.membership.dlq.event-service: neither a topic of platform/contracts nor"
                                + " a dead-letter topic of a service");
        assertThat(problemsAfter("base/kafka-topics.yaml", "min.insync.replicas: 2", "min.insync.replicas: 1"))
                .contains("KafkaTopic guildhall.events: min.insync.replicas is not 2");
    }

    @Test
    void kafkaWithoutKRaftFails() {
        assertThat(problemsAfter("base/kafka.yaml", "strimzi.io/kraft: enabled", "strimzi.io/kraft: disabled"))
                .contains("Kafka guildhall: not annotated strimzi.io/kraft: enabled");
    }

    @Test
    void aServiceThatCanReachAnotherDatabaseFails() {
        assertThat(problemsAfter(
                        "base/network-policies.yaml", "cnpg.io/cluster: members-db", "cnpg.io/cluster: events-db"))
                .contains(
                        "NetworkPolicy members-service (members-service): reaches the database events-db, which is"
                                + " not its own (members-db)",
                        "NetworkPolicy members-db: lets members-service into the database of events-service");
    }

    @Test
    void egressToAnywhereFails() {
        assertThat(problemsAfter(
                        "base/network-policies.yaml", "  egress:\n", "  egress:\n    - ports:\n        - port: 443\n"))
                .contains("NetworkPolicy members-service (members-service): an egress rule to anywhere on ports [443]");
    }

    @Test
    void twoServicesOnOneDatabaseFail() {
        assertThat(problemsAfter("base/events-service.yaml", "events-db-rw:5432/events", "members-db-rw:5432/members"))
                .contains("Deployment events-service: shares its database with members-service");
    }

    @Test
    void anUnroutedOrMisroutedPathFails() {
        assertThat(problemsAfter("base/ingress.yaml", "path: /tiers", "path: /tier"))
                .contains(
                        "members-service: its /tiers endpoints are routed by no Ingress",
                        "Ingress guildhall-api: routes /tier to members-service, which serves no /tier");
    }

    @Test
    void aServiceMonitorOnAnotherPathFails() {
        assertThat(problemsAfter("base/service-monitor.yaml", "path: /q/metrics", "path: /metrics"))
                .contains("ServiceMonitor guildhall-services: scrapes /metrics, members-service serves metrics at"
                        + " /q/metrics");
    }

    @Test
    void anAutoscalerForNothingFails() {
        assertThat(problemsAfter(
                        "base/notifications-service.yaml",
                        "kind: Deployment\n    name: notifications-service",
                        "kind: Deployment\n    name: notification-service"))
                .contains("notifications-service: 0 HorizontalPodAutoscalers scale it, not one");
    }

    @Test
    void aRealmImportThatDriftedFromTheRealmFails() {
        assertThat(problemsAfter(
                        "base/keycloak-realm-import.yaml",
                        "\"displayName\": \"Guildhall\"",
                        "\"displayName\": \"Guild\""))
                .contains("KeycloakRealmImport guildhall-realm: spec.realm differs from"
                        + " deploy/keycloak/guildhall-realm.json (realm.displayName is \"Guild\" instead of"
                        + " \"Guildhall\"); regenerate it as its comment says");
    }

    @Test
    void aMisspeltFieldInAnOverlayPatchFails() {
        assertThat(problemsAfter("overlays/production/kustomization.yaml", "instances: 2", "instance: 2"))
                .contains("Keycloak keycloak: unknown field spec.instance");
    }

    static Stream<Arguments> oneThingBroken() {
        return Stream.of(
                Arguments.of(
                        "base/members-service.yaml",
                        "      targetPort: http",
                        "      targetPort: 8080",
                        "Service members-service: port http targets 8080, the service listens on 8081"),
                Arguments.of(
                        "base/events-service.yaml",
                        "  selector:\n    app.kubernetes.io/name: events-service\n  ports",
                        "  selector:\n    app.kubernetes.io/name: events\n  ports",
                        "Service events-service: its selector {app.kubernetes.io/name=events} does not select the pods"
                                + " of the Deployment"),
                Arguments.of(
                        "base/mentoring-service.yaml",
                        "  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: mentoring-service",
                        "  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: mentoring",
                        "mentoring-service: no PodDisruptionBudget selects its pods"),
                Arguments.of(
                        "base/notifications-service.yaml",
                        "          lifecycle:\n",
                        "          lifecycl:\n",
                        "Deployment notifications-service does not read as apps/v1/Deployment: Unrecognized field"
                                + " \"lifecycl\""),
                Arguments.of(
                        "base/members-service.yaml",
                        "command: [\"sleep\", \"10\"]",
                        "command: [\"sleep\", \"40\"]",
                        "Deployment members-service: the preStop sleep (40 s) uses up terminationGracePeriodSeconds"),
                Arguments.of(
                        "base/events-service.yaml",
                        "              memory: 768Mi\n",
                        "",
                        "Deployment events-service: no resources.limits.memory"),
                Arguments.of(
                        "base/shared-config.yaml",
                        "guildhall-kafka-bootstrap:9092",
                        "kafka:9092",
                        "Deployment members-service: KAFKA_BOOTSTRAP_SERVERS names kafka, which is no bootstrap Service"
                                + " of a Kafka here"),
                Arguments.of(
                        "base/shared-config.yaml",
                        "keycloak-service:8080/realms/guildhall",
                        "keycloak-service:8080/realms/master",
                        "Deployment members-service: QUARKUS_OIDC_AUTH_SERVER_URL path /realms/master is not"
                                + " /realms/guildhall"),
                Arguments.of(
                        "base/postgres.yaml",
                        "      database: notifications\n      owner: notifications",
                        "      database: notifications\n      owner: app",
                        "Cluster notifications-db: bootstrap.initdb does not create database notifications owned by"
                                + " notifications"),
                Arguments.of(
                        "overlays/production/kafka-node-pools.yaml",
                        "  roles:\n    - controller\n",
                        "  roles:\n    - broker\n",
                        "Kafka guildhall: no KafkaNodePool with the controller role"));
    }

    @ParameterizedTest
    @MethodSource("oneThingBroken")
    void eachCheckCanFail(String file, String text, String replacement, String problem) {
        assertThat(problemsAfter(file, text, replacement))
                .anySatisfy(found -> assertThat(found).contains(problem));
    }
}
