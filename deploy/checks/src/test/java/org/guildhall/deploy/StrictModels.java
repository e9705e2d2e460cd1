package org.guildhall.deploy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every object must be of a kind deploy/k8s knows and read strictly into its model: the fabric8 Kubernetes model for
 * built-in kinds and Strimzi's model for Kafka, KafkaNodePool and KafkaTopic, with unknown fields, scalar coercion
 * ("8080" for a number) and the models' catch-all maps (their {@code @JsonAnySetter}, which would swallow a misspelt
 * field) all refused. The custom resources without a Java model here (CloudNativePG, the Keycloak operator, the
 * Prometheus operator) are checked for the fields deploy/k8s relies on, and their spec keys against the CRD's.
 */
final class StrictModels {

    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    /** Spec fields of the CRDs without a model here (the ones of their current releases that matter to us). */
    private static final Map<String, Set<String>> SPEC_FIELDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster",
            Set.of(
                    "instances",
                    "imageName",
                    "imageCatalogRef",
                    "bootstrap",
                    "storage",
                    "walStorage",
                    "resources",
                    "postgresql",
                    "affinity",
                    "monitoring",
                    "backup",
                    "plugins",
                    "minSyncReplicas",
                    "maxSyncReplicas",
                    "primaryUpdateStrategy",
                    "primaryUpdateMethod",
                    "description",
                    "enableSuperuserAccess",
                    "superuserSecret",
                    "managed",
                    "topologySpreadConstraints",
                    "priorityClassName",
                    "inheritedMetadata",
                    "env",
                    "enablePDB"),
            "k8s.keycloak.org/v2alpha1/Keycloak",
            Set.of(
                    "instances",
                    "image",
                    "imagePullSecrets",
                    "db",
                    "http",
                    "hostname",
                    "proxy",
                    "ingress",
                    "features",
                    "transaction",
                    "additionalOptions",
                    "resources",
                    "startOptimized",
                    "unsupported",
                    "truststores",
                    "cache",
                    "bootstrapAdmin",
                    "httpManagement",
                    "scheduling",
                    "networkPolicy",
                    "tracing",
                    "update",
                    "env"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
            Set.of("keycloakCRName", "realm", "resources", "placeholders"),
            "monitoring.coreos.com/v1/ServiceMonitor",
            Set.of(
                    "selector",
                    "endpoints",
                    "namespaceSelector",
                    "jobLabel",
                    "targetLabels",
                    "podTargetLabels",
                    "sampleLimit",
                    "attachMetadata"));

    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .annotationIntrospector(new StrictIntrospector())
            .build();

    private StrictModels() {}

    static List<String> check(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            String type = object.path("apiVersion").asText() + "/"
                    + object.path("kind").asText();
            String name = object.path("kind").asText() + " "
                    + object.path("metadata").path("name").asText("<no name>");
            if (object.path("metadata").path("name").asText("").isEmpty()) {
                problems.add(type + ": no metadata.name");
            }
            Class<?> model = MODELS.get(type);
            if (model != null) {
                try {
                    STRICT.treeToValue(object, model);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    problems.add(name + " does not read as " + type + ": " + firstLine(e.getMessage()));
                }
            } else if (SPEC_FIELDS.containsKey(type)) {
                problems.addAll(customResource(type, name, object));
            } else {
                problems.add(name + ": " + type + " is no kind deploy/checks knows");
            }
        }
        return problems;
    }

    private static List<String> customResource(String type, String name, ObjectNode object) {
        List<String> problems = new ArrayList<>();
        object.fieldNames().forEachRemaining(field -> {
            if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
                problems.add(name + ": unknown field " + field);
            }
        });
        JsonNode spec = object.get("spec");
        if (spec == null || !spec.isObject()) {
            problems.add(name + ": no spec");
            return problems;
        }
        spec.fieldNames().forEachRemaining(field -> {
            if (!SPEC_FIELDS.get(type).contains(field)) {
                problems.add(name + ": unknown field spec." + field);
            }
        });
        switch (type) {
            case "postgresql.cnpg.io/v1/Cluster" -> {
                require(problems, name, spec, "instances", JsonNode::isInt);
                require(problems, name, spec, "storage.size", JsonNode::isTextual);
                require(problems, name, spec, "bootstrap.initdb.database", JsonNode::isTextual);
                require(problems, name, spec, "bootstrap.initdb.owner", JsonNode::isTextual);
            }
            case "k8s.keycloak.org/v2alpha1/Keycloak" -> {
                require(problems, name, spec, "instances", JsonNode::isInt);
                require(problems, name, spec, "db.vendor", JsonNode::isTextual);
                require(problems, name, spec, "db.host", JsonNode::isTextual);
                require(problems, name, spec, "db.usernameSecret.name", JsonNode::isTextual);
                require(problems, name, spec, "db.usernameSecret.key", JsonNode::isTextual);
                require(problems, name, spec, "db.passwordSecret.name", JsonNode::isTextual);
                require(problems, name, spec, "db.passwordSecret.key", JsonNode::isTextual);
                require(problems, name, spec, "hostname.hostname", JsonNode::isTextual);
                if (!spec.path("http").path("httpEnabled").asBoolean(false)
                        && !spec.path("http").has("tlsSecret")) {
                    problems.add(name + ": spec.http needs httpEnabled or a tlsSecret");
                }
            }
            case "k8s.keycloak.org/v2alpha1/KeycloakRealmImport" -> {
                require(problems, name, spec, "keycloakCRName", JsonNode::isTextual);
                require(problems, name, spec, "realm.realm", JsonNode::isTextual);
            }
            case "monitoring.coreos.com/v1/ServiceMonitor" -> {
                require(problems, name, spec, "selector", JsonNode::isObject);
                List<JsonNode> endpoints = Documents.list(spec, "endpoints");
                if (endpoints.isEmpty()) {
                    problems.add(name + ": no spec.endpoints");
                }
                for (JsonNode endpoint : endpoints) {
                    if (!endpoint.path("port").isTextual()) {
                        problems.add(name + ": an endpoint without a port name");
                    }
                    if (!endpoint.path("path").isTextual()) {
                        problems.add(name + ": an endpoint without a path");
                    }
                }
            }
            default -> throw new IllegalStateException(type);
        }
        return problems;
    }

    private static void require(
            List<String> problems,
            String name,
            JsonNode spec,
            String path,
            java.util.function.Predicate<JsonNode> type) {
        JsonNode node = Documents.at(spec, path.split("\\."));
        if (node == null || !type.test(node)) {
            problems.add(name + ": spec." + path + (node == null ? " is missing" : " has the wrong type: " + node));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Turns off the catch-alls of the models: {@code @JsonAnySetter} (fabric8 and Strimzi keep unknown fields in an
     * additionalProperties map) and {@code @JsonIgnoreProperties(ignoreUnknown = true)}.
     */
    static final class StrictIntrospector extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            return super.findPropertyIgnoralByName(config, annotated).withoutIgnoreUnknown();
        }
    }
}
