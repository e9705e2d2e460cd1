package org.guildhall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictModelsTest {

    @TempDir
    Path temp;

    private List<String> problems(String yaml) throws IOException {
        Path file = temp.resolve("object.yaml");
        Files.writeString(file, yaml);
        List<ObjectNode> objects = Documents.readAll(file);
        return StrictModels.check(objects);
    }

    @Test
    void aWellFormedDeploymentAndKafkaTopicPass() throws IOException {
        assertThat(
                        problems(
                                """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: app}
                        spec:
                          selector: {matchLabels: {app: a}}
                          template:
                            metadata: {labels: {app: a}}
                            spec:
                              containers:
                                - name: a
                                  image: a:1
                                  ports: [{name: http, containerPort: 8081}]
                                  resources: {limits: {cpu: "1", memory: 512Mi}}
                                  readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
                        ---
                        apiVersion: kafka.strimzi.io/v1beta2
                        kind: KafkaTopic
                        metadata: {name: t}
                        spec: {partitions: 3, replicas: 3, config: {min.insync.replicas: 2}}
                        """))
                .isEmpty();
    }

    @Test
    void aMisspeltFieldFailsEvenWhereTheModelKeepsUnknownFields() throws IOException {
        assertThat(
                        problems(
                                """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: app}
                        spec:
                          template:
                            spec:
                              containers:
                                - name: a
                                  readinesProbe: {httpGet: {path: /q/health/ready, port: http}}
                        """))
                .singleElement()
                .asString()
                .contains("Deployment app does not read as apps/v1/Deployment", "readinesProbe");
    }

    @Test
    void aStringWhereANumberBelongsFails() throws IOException {
        assertThat(
                        problems(
                                """
                        apiVersion: v1
                        kind: Service
                        metadata: {name: s}
                        spec:
                          ports: [{name: http, port: "80"}]
                        """))
                .singleElement()
                .asString()
                .contains("Service s does not read");
    }

    @Test
    void aMisspeltFieldOfAStrimziResourceFails() throws IOException {
        assertThat(
                        problems(
                                """
                        apiVersion: kafka.strimzi.io/v1beta2
                        kind: Kafka
                        metadata: {name: k}
                        spec:
                          kafka:
                            listners: [{name: plain, port: 9092, type: internal, tls: false}]
                        ---
                        apiVersion: kafka.strimzi.io/v1beta2
                        kind: KafkaNodePool
                        metadata: {name: p}
                        spec: {replicas: 3, roles: [broker], storage: {type: ephemeral}, replica: 1}
                        """))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("Kafka k", "listners"))
                .anySatisfy(p -> assertThat(p).contains("KafkaNodePool p", "replica"));
    }

    @Test
    void customResourcesWithoutAModelNeedTheFieldsWeRelyOn() throws IOException {
        assertThat(
                        problems(
                                """
                        apiVersion: postgresql.cnpg.io/v1
                        kind: Cluster
                        metadata: {name: db}
                        spec:
                          instance: 3
                          storage: {size: 1Gi}
                          bootstrap: {initdb: {database: members}}
                        ---
                        apiVersion: monitoring.coreos.com/v1
                        kind: ServiceMonitor
                        metadata: {name: m}
                        spec:
                          selector: {matchLabels: {a: b}}
                          endpoints: [{port: http}]
                        ---
                        apiVersion: k8s.keycloak.org/v2alpha1
                        kind: KeycloakRealmImport
                        metadata: {name: r}
                        spec: {keycloakCRName: keycloak, realm: {}}
                        """))
                .containsExactlyInAnyOrder(
                        "Cluster db: unknown field spec.instance",
                        "Cluster db: spec.instances is missing",
                        "Cluster db: spec.bootstrap.initdb.owner is missing",
                        "ServiceMonitor m: an endpoint without a path",
                        "KeycloakRealmImport r: spec.realm.realm is missing");
    }

    @Test
    void anUnknownKindOrVersionFails() throws IOException {
        assertThat(
                        problems(
                                """
                        apiVersion: autoscaling/v1
                        kind: HorizontalPodAutoscaler
                        metadata: {name: h}
                        """))
                .containsExactly("HorizontalPodAutoscaler h: autoscaling/v1/HorizontalPodAutoscaler is no kind"
                        + " deploy/checks knows");
    }
}
