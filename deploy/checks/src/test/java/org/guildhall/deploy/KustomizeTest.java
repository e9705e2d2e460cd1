package org.guildhall.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeTest {

    @TempDir
    Path temp;

    private Path base;
    private Path overlay;

    @BeforeEach
    void aBaseWithADeploymentAndACustomResource() throws IOException {
        base = Files.createDirectories(temp.resolve("base"));
        overlay = Files.createDirectories(temp.resolve("overlay"));
        Files.writeString(
                base.resolve("kustomization.yaml"),
                """
                namespace: guildhall
                resources:
                  - app.yaml
                secretGenerator:
                  - name: login
                    envs: [login.env]
                    options:
                      disableNameSuffixHash: true
                """);
        Files.writeString(base.resolve("login.env.example"), "# who\nUSER=\nPASSWORD=\n");
        Files.writeString(
                base.resolve("app.yaml"),
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                  labels: {tier: api}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: app:1
                          env:
                            - {name: A, value: "1"}
                        - name: sidecar
                          image: sidecar:1
                ---
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: db
                  labels: {tier: data}
                spec:
                  instances: 1
                  list: [1, 2]
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: guildhall
                """);
    }

    @Test
    void rendersResourcesGeneratorsAndTheNamespace() {
        List<ObjectNode> objects = Kustomize.render(base);

        assertThat(objects)
                .extracting(Kustomize::id)
                .containsExactly(
                        "apps/Deployment/guildhall/app",
                        "postgresql.cnpg.io/Cluster/guildhall/db",
                        "/Namespace//guildhall",
                        "/Secret/guildhall/login");
        // the secret file is not committed: its .example names the keys
        assertThat(objects.get(3).get("data").has("PASSWORD")).isTrue();
    }

    @Test
    void mergesStrategicallyByNameAndReplacesTheListsOfCustomResources() throws IOException {
        Files.writeString(
                overlay.resolve("kustomization.yaml"),
                """
                resources: [../base]
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata:
                        name: app
                      spec:
                        template:
                          spec:
                            containers:
                              - name: app
                                env:
                                  - {name: B, value: "2"}
                  - target: {kind: Cluster, labelSelector: tier=data}
                    patch: |-
                      apiVersion: postgresql.cnpg.io/v1
                      kind: Cluster
                      metadata:
                        name: placeholder
                      spec:
                        instances: 3
                        list: [9]
                  - target: {kind: Deployment, name: "a.*"}
                    patch: |-
                      - op: replace
                        path: /spec/template/spec/containers/1/image
                        value: sidecar:2
                """);

        List<ObjectNode> objects = Kustomize.render(overlay);

        JsonNode containers = objects.get(0).at("/spec/template/spec/containers");
        assertThat(containers).hasSize(2);
        assertThat(containers.get(0).get("env")).hasSize(2);
        assertThat(containers.get(0).get("image").asText()).isEqualTo("app:1");
        assertThat(containers.get(1).get("image").asText()).isEqualTo("sidecar:2");
        assertThat(objects.get(1).at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(objects.get(1).at("/spec/list")).hasSize(1);
        assertThat(objects.get(1).at("/metadata/name").asText()).isEqualTo("db");
    }

    @Test
    void refusesWhatItDoesNotRender() throws IOException {
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources: [../base]\nimages:\n  - name: app\n");
        assertThatThrownBy(() -> Kustomize.render(overlay)).hasMessageContaining("'images' is not rendered");

        Files.writeString(
                overlay.resolve("kustomization.yaml"),
                """
                resources: [../base]
                patches:
                  - target: {kind: Deployment, name: nothing}
                    patch: |-
                      - {op: remove, path: /spec}
                """);
        assertThatThrownBy(() -> Kustomize.render(overlay)).hasMessageContaining("matches no object");

        Files.writeString(
                overlay.resolve("kustomization.yaml"),
                """
                resources: [../base]
                patches:
                  - target: {kind: Deployment}
                    patch: |-
                      - {op: replace, path: /spec/replicas, value: 2}
                """);
        assertThatThrownBy(() -> Kustomize.render(overlay)).hasMessageContaining("no replicas to patch");
    }

    @Test
    void refusesNameHashesAndDuplicates() throws IOException {
        Files.writeString(
                overlay.resolve("kustomization.yaml"),
                """
                resources: [../base]
                secretGenerator:
                  - name: hashed
                    literals: [A=1]
                """);
        assertThatThrownBy(() -> Kustomize.render(overlay)).hasMessageContaining("disableNameSuffixHash");

        Files.writeString(
                overlay.resolve("again.yaml"),
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app, namespace: guildhall}
                """);
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources: [../base, again.yaml]\n");
        assertThatThrownBy(() -> Kustomize.render(overlay)).hasMessageContaining("defined twice");
    }
}
