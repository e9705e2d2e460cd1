package org.guildhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a rendered deploy/k8s overlay against the services: each Deployment provides what the service's %prod
 * configuration reads and agrees with its port, probe paths and image; its Service, HorizontalPodAutoscaler,
 * PodDisruptionBudget and ServiceMonitor find it; the Ingress routes exactly the service's path prefixes to it;
 * its NetworkPolicies let it reach only its own database, Kafka, Keycloak and DNS (notifications-service also SMTP);
 * its database is a CloudNativePG cluster of its own; every topic has a KafkaTopic; the realm import is the realm.
 */
final class KubernetesChecks {

    /** Keys of the Secret {@code <cluster>-app} that CloudNativePG generates for the database owner. */
    static final Set<String> CNPG_APP_SECRET_KEYS =
            Set.of("username", "user", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass");

    static final Set<Integer> SMTP_PORTS = Set.of(25, 465, 587);

    private final List<ObjectNode> objects;
    private final List<ServiceConfig> services;
    private final Set<String> contractTopics;
    private final JsonNode realm;
    private final List<String> problems = new ArrayList<>();

    private KubernetesChecks(
            List<ObjectNode> objects, List<ServiceConfig> services, Set<String> contractTopics, JsonNode realm) {
        this.objects = objects;
        this.services = services;
        this.contractTopics = contractTopics;
        this.realm = realm;
    }

    static List<String> check(
            List<ObjectNode> objects, List<ServiceConfig> services, Set<String> contractTopics, JsonNode realm) {
        KubernetesChecks checks = new KubernetesChecks(objects, services, contractTopics, realm);
        for (ServiceConfig service : services) {
            checks.service(service);
        }
        checks.ingress();
        checks.kafka();
        checks.keycloak();
        return checks.problems;
    }

    // ---- one service ----

    private void service(ServiceConfig service) {
        String name = service.name();
        Optional<ObjectNode> found = find("Deployment", name);
        if (found.isEmpty()) {
            problems.add(name + ": no Deployment " + name);
            return;
        }
        ObjectNode deployment = found.get();
        String where = "Deployment " + name;
        Map<String, String> podLabels = Trees.strings(deployment.at("/spec/template/metadata/labels"));
        if (!Trees.selects(Trees.strings(deployment.at("/spec/selector/matchLabels")), podLabels)) {
            problems.add(where + ": spec.selector does not select its own pods");
        }
        JsonNode container = Documents.list(deployment, "spec", "template", "spec", "containers").stream()
                .filter(c -> name.equals(c.path("name").asText()))
                .findFirst()
                .orElse(null);
        if (container == null) {
            problems.add(where + ": no container named " + name);
            return;
        }
        Map<String, Variable> environment = environment(container, where);

        // image
        String image = container.path("image").asText();
        if (!withoutRegistry(image).equals(service.image())) {
            problems.add(where + ": image " + image + " is not the image the build makes, " + service.image());
        }

        // variables
        for (String variable : service.requiredVariables()) {
            Variable provided = environment.get(variable);
            if (provided == null) {
                problems.add(where + ": " + variable + " is not provided, and " + name + " reads it in production");
            } else if ("".equals(provided.value())) {
                problems.add(where + ": " + variable + " is empty (" + provided.source() + ")");
            }
        }

        // port and probes
        int port = service.httpPort();
        Variable portOverride = environment.get("QUARKUS_HTTP_PORT");
        if (portOverride != null && portOverride.value() != null) {
            port = Integer.parseInt(portOverride.value());
        }
        Map<String, Integer> containerPorts = new LinkedHashMap<>();
        for (JsonNode containerPort : Documents.list(container, "ports")) {
            containerPorts.put(
                    containerPort.path("name").asText(""),
                    containerPort.path("containerPort").asInt());
        }
        if (!containerPorts.containsValue(port)) {
            problems.add(where + ": no containerPort " + port + " (the port " + name + " listens on); it declares "
                    + containerPorts.values());
        }
        probe(where, container, "readinessProbe", service.readinessPath(), port, containerPorts, true);
        probe(where, container, "livenessProbe", service.livenessPath(), port, containerPorts, true);
        probe(where, container, "startupProbe", service.startupPath(), port, containerPorts, false);

        // resources and shutdown
        for (String resource : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
            if (container.at("/resources/" + resource).isMissingNode()) {
                problems.add(where + ": no resources." + resource.replace('/', '.'));
            }
        }
        JsonNode grace = deployment.at("/spec/template/spec/terminationGracePeriodSeconds");
        JsonNode preStop = container.at("/lifecycle/preStop");
        if (!grace.isInt()) {
            problems.add(where + ": no terminationGracePeriodSeconds");
        }
        if (preStop.isMissingNode()) {
            problems.add(where + ": no preStop hook (the pod would get SIGTERM while still in the endpoints)");
        } else {
            List<JsonNode> command = Documents.list(preStop, "exec", "command");
            int sleep = command.size() == 2 && command.get(0).asText().equals("sleep")
                    ? command.get(1).asInt()
                    : preStop.at("/sleep/seconds").asInt(0);
            if (grace.isInt() && sleep >= grace.asInt()) {
                problems.add(where + ": the preStop sleep (" + sleep + " s) uses up terminationGracePeriodSeconds");
            }
        }

        serviceObject(service, podLabels, port, container);
        autoscaler(service, container);
        disruptionBudget(service, podLabels);
        database(service, environment, where);
        networkPolicies(service, podLabels);
        kafkaBootstrap(environment, where);
        oidc(environment, where);
    }

    private void probe(
            String where,
            JsonNode container,
            String probeName,
            String path,
            int port,
            Map<String, Integer> containerPorts,
            boolean required) {
        JsonNode probe = container.get(probeName);
        if (probe == null) {
            if (required) {
                problems.add(where + ": no " + probeName);
            }
            return;
        }
        JsonNode httpGet = probe.get("httpGet");
        if (httpGet == null) {
            problems.add(where + ": " + probeName + " is no httpGet on " + path);
            return;
        }
        if (!path.equals(httpGet.path("path").asText())) {
            problems.add(where + ": " + probeName + " asks "
                    + httpGet.path("path").asText() + ", the service answers " + path);
        }
        Integer probePort = resolvePort(httpGet.get("port"), containerPorts);
        if (probePort == null || probePort != port) {
            problems.add(where + ": " + probeName + " asks port "
                    + httpGet.path("port").asText() + ", the service " + "listens on " + port);
        }
    }

    private static Integer resolvePort(JsonNode port, Map<String, Integer> containerPorts) {
        if (port == null) {
            return null;
        }
        return port.isInt() ? Integer.valueOf(port.asInt()) : containerPorts.get(port.asText());
    }

    private void serviceObject(ServiceConfig service, Map<String, String> podLabels, int port, JsonNode container) {
        String where = "Service " + service.name();
        Optional<ObjectNode> found = find("Service", service.name());
        if (found.isEmpty()) {
            problems.add(service.name() + ": no Service " + service.name());
            return;
        }
        ObjectNode object = found.get();
        Map<String, String> selector = Trees.strings(object.at("/spec/selector"));
        if (selector.isEmpty() || !Trees.selects(selector, podLabels)) {
            problems.add(where + ": its selector " + selector + " does not select the pods of the Deployment");
        }
        Map<String, Integer> containerPorts = new HashMap<>();
        for (JsonNode containerPort : Documents.list(container, "ports")) {
            containerPorts.put(
                    containerPort.path("name").asText(""),
                    containerPort.path("containerPort").asInt());
        }
        List<JsonNode> ports = Documents.list(object, "spec", "ports");
        if (ports.isEmpty()) {
            problems.add(where + ": no ports");
        }
        for (JsonNode servicePort : ports) {
            JsonNode target = servicePort.has("targetPort") ? servicePort.get("targetPort") : servicePort.get("port");
            Integer resolved = resolvePort(target, containerPorts);
            if (resolved == null || resolved != port) {
                problems.add(where + ": port " + servicePort.path("name").asText() + " targets " + target.asText()
                        + ", the service listens on " + port);
            }
        }
    }

    private void autoscaler(ServiceConfig service, JsonNode container) {
        List<ObjectNode> autoscalers = ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> "Deployment"
                                .equals(h.at("/spec/scaleTargetRef/kind").asText())
                        && service.name()
                                .equals(h.at("/spec/scaleTargetRef/name").asText()))
                .collect(Collectors.toList());
        if (autoscalers.size() != 1) {
            problems.add(service.name() + ": " + autoscalers.size() + " HorizontalPodAutoscalers scale it, not one");
            return;
        }
        ObjectNode autoscaler = autoscalers.get(0);
        if (!"autoscaling/v2".equals(autoscaler.path("apiVersion").asText())) {
            problems.add("HorizontalPodAutoscaler " + service.name() + ": not autoscaling/v2");
        }
        int min = autoscaler.at("/spec/minReplicas").asInt(1);
        int max = autoscaler.at("/spec/maxReplicas").asInt(0);
        if (min < 1 || max < min) {
            problems.add("HorizontalPodAutoscaler " + service.name() + ": replicas " + min + " to " + max);
        }
        for (JsonNode metric : Documents.list(autoscaler, "spec", "metrics")) {
            String resource = metric.at("/resource/name").asText();
            if (!resource.isEmpty()
                    && container.at("/resources/requests/" + resource).isMissingNode()) {
                problems.add("HorizontalPodAutoscaler " + service.name() + ": scales on " + resource
                        + " utilisation, but the container requests no " + resource);
            }
        }
    }

    private void disruptionBudget(ServiceConfig service, Map<String, String> podLabels) {
        boolean covered = ofKind("PodDisruptionBudget").stream()
                .anyMatch(p -> Trees.selects(Trees.strings(p.at("/spec/selector/matchLabels")), podLabels)
                        && !Trees.strings(p.at("/spec/selector/matchLabels")).isEmpty());
        if (!covered) {
            problems.add(service.name() + ": no PodDisruptionBudget selects its pods");
        }
    }

    /** Its own CloudNativePG cluster: the JDBC URL's host is {@code <cluster>-rw}, the credentials its app Secret. */
    private void database(ServiceConfig service, Map<String, Variable> environment, String where) {
        Variable url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null || url.value() == null) {
            return; // reported as a missing variable, or not checkable (from a Secret)
        }
        URI uri = URI.create(url.value().replaceFirst("^jdbc:", ""));
        String host = uri.getHost() == null ? "" : uri.getHost();
        String cluster = host.replaceFirst("\\..*$", "").replaceFirst("-rw$", "");
        String database = uri.getPath().replaceFirst("^/", "");
        Optional<ObjectNode> found = find("Cluster", cluster);
        if (!host.startsWith(cluster + "-rw") || found.isEmpty()) {
            problems.add(where + ": QUARKUS_DATASOURCE_JDBC_URL names " + host
                    + ", which is no read-write Service of a CloudNativePG Cluster here");
            return;
        }
        JsonNode initdb = found.get().at("/spec/bootstrap/initdb");
        if (!database.equals(initdb.path("database").asText())
                || !database.equals(initdb.path("owner").asText())) {
            problems.add("Cluster " + cluster + ": bootstrap.initdb does not create database " + database + " owned by "
                    + database);
        }
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            Variable credential = environment.get(variable);
            if (credential != null && !credential.source().startsWith("Secret " + cluster + "-app")) {
                problems.add(where + ": " + variable + " comes from " + credential.source() + ", not from the Secret "
                        + cluster + "-app of its database");
            }
        }
        for (ServiceConfig other : services) {
            if (other != service
                    && find("Deployment", other.name())
                            .map(d -> Documents.list(d, "spec", "template", "spec", "containers"))
                            .orElse(List.of())
                            .stream()
                            .anyMatch(c -> {
                                Variable otherUrl = environmentQuietly(c).get("QUARKUS_DATASOURCE_JDBC_URL");
                                return otherUrl != null && url.value().equals(otherUrl.value());
                            })) {
                problems.add(where + ": shares its database with " + other.name());
            }
        }
    }

    private void kafkaBootstrap(Map<String, Variable> environment, String where) {
        Variable bootstrap = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.value() == null) {
            return;
        }
        for (String server : bootstrap.value().split(",")) {
            String[] hostPort = server.strip().split(":");
            String host = hostPort[0].replaceFirst("\\..*$", "");
            String cluster = host.replaceFirst("-kafka-bootstrap$", "");
            Optional<ObjectNode> kafka = find("Kafka", cluster);
            if (!host.endsWith("-kafka-bootstrap") || kafka.isEmpty()) {
                problems.add(where + ": KAFKA_BOOTSTRAP_SERVERS names " + hostPort[0]
                        + ", which is no bootstrap Service of a Kafka here");
                continue;
            }
            boolean listens = hostPort.length == 2
                    && Documents.list(kafka.get(), "spec", "kafka", "listeners").stream()
                            .anyMatch(l -> l.path("port").asText().equals(hostPort[1])
                                    && !l.path("tls").asBoolean(false));
            if (!listens) {
                problems.add(where + ": KAFKA_BOOTSTRAP_SERVERS port " + (hostPort.length == 2 ? hostPort[1] : "")
                        + " is no plain listener of Kafka " + cluster);
            }
        }
    }

    private void oidc(Map<String, Variable> environment, String where) {
        Variable authServer = environment.get("QUARKUS_OIDC_AUTH_SERVER_URL");
        if (authServer == null
                || authServer.value() == null
                || authServer.value().isEmpty()) {
            return;
        }
        URI uri = URI.create(authServer.value());
        String host = uri.getHost() == null ? "" : uri.getHost().replaceFirst("\\..*$", "");
        String keycloak = host.replaceFirst("-service$", "");
        if (!host.endsWith("-service") || find("Keycloak", keycloak).isEmpty()) {
            problems.add(where + ": QUARKUS_OIDC_AUTH_SERVER_URL names " + uri.getHost()
                    + ", which is no Service of a Keycloak here");
        }
        String expectedPath = "/realms/" + realm.path("realm").asText();
        if (!expectedPath.equals(uri.getPath())) {
            problems.add(where + ": QUARKUS_OIDC_AUTH_SERVER_URL path " + uri.getPath() + " is not " + expectedPath);
        }
    }

    // ---- network policies ----

    private void networkPolicies(ServiceConfig service, Map<String, String> podLabels) {
        String name = service.name();
        List<ObjectNode> policies = ofKind("NetworkPolicy").stream()
                .filter(p -> Trees.selects(Trees.strings(p.at("/spec/podSelector/matchLabels")), podLabels))
                .collect(Collectors.toList());
        boolean ingressLimited = policies.stream().anyMatch(p -> policyTypes(p).contains("Ingress"));
        List<ObjectNode> egressPolicies =
                policies.stream().filter(p -> policyTypes(p).contains("Egress")).collect(Collectors.toList());
        if (!ingressLimited) {
            problems.add(name + ": no NetworkPolicy limits what reaches it");
        }
        if (egressPolicies.isEmpty()) {
            problems.add(name + ": no NetworkPolicy limits what it reaches");
            return;
        }
        String ownCluster = ownCluster(service);
        String kafka = ofKind("Kafka").stream()
                .map(k -> k.at("/metadata/name").asText())
                .findFirst()
                .orElse("");
        boolean database = false;
        boolean broker = false;
        boolean keycloak = false;
        boolean dns = false;
        for (ObjectNode policy : egressPolicies) {
            String where = "NetworkPolicy " + policy.at("/metadata/name").asText() + " (" + name + ")";
            for (JsonNode rule : Documents.list(policy, "spec", "egress")) {
                Set<Integer> ports = new TreeSet<>();
                Documents.list(rule, "ports")
                        .forEach(p -> ports.add(p.path("port").asInt(-1)));
                List<JsonNode> peers = Documents.list(rule, "to");
                boolean smtpOnly = !ports.isEmpty() && SMTP_PORTS.containsAll(ports);
                if (peers.isEmpty()) {
                    if (!(name.equals("notifications-service") && smtpOnly)) {
                        problems.add(
                                where + ": an egress rule to anywhere on ports " + (ports.isEmpty() ? "all" : ports));
                    }
                    continue;
                }
                for (JsonNode peer : peers) {
                    Map<String, String> pods = Trees.strings(peer.at("/podSelector/matchLabels"));
                    if (peer.has("ipBlock")) {
                        if (!(name.equals("notifications-service") && smtpOnly)) {
                            problems.add(where + ": egress to addresses "
                                    + peer.at("/ipBlock/cidr").asText());
                        }
                    } else if (peer.has("namespaceSelector")) {
                        if ("kube-dns".equals(pods.get("k8s-app")) && Set.of(53).containsAll(ports)) {
                            dns = true;
                        } else {
                            problems.add(where + ": egress to pods of other namespaces " + peer);
                        }
                    } else if (pods.containsKey("cnpg.io/cluster")) {
                        if (pods.get("cnpg.io/cluster").equals(ownCluster)) {
                            database = true;
                        } else {
                            problems.add(where + ": reaches the database " + pods.get("cnpg.io/cluster")
                                    + ", which is not its own (" + ownCluster + ")");
                        }
                    } else if (!kafka.isEmpty() && kafka.equals(pods.get("strimzi.io/cluster"))) {
                        broker = true;
                    } else if ("keycloak".equals(pods.get("app"))) {
                        keycloak = true;
                    } else {
                        problems.add(where + ": reaches pods " + pods
                                + ", which are neither its database, Kafka nor Keycloak");
                    }
                }
            }
        }
        if (!database) {
            problems.add(name + ": its NetworkPolicies do not let it reach its database " + ownCluster);
        }
        if (!broker) {
            problems.add(name + ": its NetworkPolicies do not let it reach Kafka");
        }
        if (!keycloak) {
            problems.add(name + ": its NetworkPolicies do not let it reach Keycloak");
        }
        if (!dns) {
            problems.add(name + ": its NetworkPolicies do not let it reach DNS");
        }
        databaseIngress(service, ownCluster);
    }

    /** Who may connect to a service's database: no other service. */
    private void databaseIngress(ServiceConfig service, String cluster) {
        Map<String, String> databasePods = Map.of("cnpg.io/cluster", cluster);
        for (ObjectNode policy : ofKind("NetworkPolicy")) {
            if (!Trees.selects(Trees.strings(policy.at("/spec/podSelector/matchLabels")), databasePods)
                    || !policyTypes(policy).contains("Ingress")) {
                continue;
            }
            for (JsonNode rule : Documents.list(policy, "spec", "ingress")) {
                List<JsonNode> peers = Documents.list(rule, "from");
                if (peers.isEmpty()) {
                    problems.add("NetworkPolicy " + policy.at("/metadata/name").asText() + ": lets everybody into "
                            + cluster);
                }
                for (JsonNode peer : peers) {
                    if (!peer.has("podSelector") || peer.has("namespaceSelector")) {
                        continue;
                    }
                    Map<String, String> pods = Trees.strings(peer.at("/podSelector/matchLabels"));
                    for (ServiceConfig other : services) {
                        Map<String, String> otherPods = find("Deployment", other.name())
                                .map(d -> Trees.strings(d.at("/spec/template/metadata/labels")))
                                .orElse(Map.of());
                        if (other != service && !otherPods.isEmpty() && Trees.selects(pods, otherPods)) {
                            problems.add("NetworkPolicy "
                                    + policy.at("/metadata/name").asText() + ": lets " + other.name()
                                    + " into the database of " + service.name());
                        }
                    }
                }
            }
        }
    }

    private String ownCluster(ServiceConfig service) {
        return find("Deployment", service.name())
                .flatMap(d -> Documents.list(d, "spec", "template", "spec", "containers").stream()
                        .map(c -> environmentQuietly(c).get("QUARKUS_DATASOURCE_JDBC_URL"))
                        .filter(v -> v != null && v.value() != null)
                        .map(v ->
                                URI.create(v.value().replaceFirst("^jdbc:", "")).getHost())
                        .filter(h -> h != null)
                        .map(h -> h.replaceFirst("\\..*$", "").replaceFirst("-rw$", ""))
                        .findFirst())
                .orElse("<unknown>");
    }

    private static List<String> policyTypes(JsonNode policy) {
        List<String> types = new ArrayList<>();
        Documents.list(policy, "spec", "policyTypes").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add("Ingress");
            if (policy.at("/spec/egress").isArray()) {
                types.add("Egress");
            }
        }
        return types;
    }

    // ---- ingress and monitoring ----

    private void ingress() {
        Map<String, ServiceConfig> byName = new HashMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        Map<String, String> routes = new LinkedHashMap<>();
        for (ObjectNode ingress : ofKind("Ingress")) {
            String where = "Ingress " + ingress.at("/metadata/name").asText();
            for (JsonNode rule : Documents.list(ingress, "spec", "rules")) {
                for (JsonNode path : Documents.list(rule, "http", "paths")) {
                    String backend = path.at("/backend/service/name").asText();
                    JsonNode port = path.at("/backend/service/port");
                    String prefix = path.path("path").asText();
                    if (byName.containsKey(backend)) {
                        String previous = routes.put(prefix, backend);
                        if (previous != null && !previous.equals(backend)) {
                            problems.add(where + ": " + prefix + " goes to both " + previous + " and " + backend);
                        }
                        if (!"Prefix".equals(path.path("pathType").asText())) {
                            problems.add(where + ": " + prefix + " is no Prefix path");
                        }
                        if (!byName.get(backend).apiPathPrefixes().contains(prefix)) {
                            problems.add(
                                    where + ": routes " + prefix + " to " + backend + ", which serves no " + prefix);
                        }
                    }
                    backendExists(where, backend, port);
                }
            }
        }
        for (ServiceConfig service : services) {
            for (String prefix : service.apiPathPrefixes()) {
                String routed = routes.get(prefix);
                if (!service.name().equals(routed)) {
                    problems.add(service.name() + ": its " + prefix + " endpoints are "
                            + (routed == null ? "routed by no Ingress" : "routed to " + routed));
                }
            }
            serviceMonitor(service);
        }
    }

    private void backendExists(String where, String backend, JsonNode port) {
        Optional<ObjectNode> service = find("Service", backend);
        if (service.isPresent()) {
            boolean hasPort = Documents.list(service.get(), "spec", "ports").stream()
                    .anyMatch(p -> port.has("name")
                            ? port.get("name").asText().equals(p.path("name").asText())
                            : port.path("number").asInt() == p.path("port").asInt());
            if (!hasPort) {
                problems.add(where + ": Service " + backend + " has no port " + port);
            }
        } else if (ofKind("Keycloak").stream()
                .noneMatch(k -> (k.at("/metadata/name").asText() + "-service").equals(backend))) {
            problems.add(where + ": routes to " + backend + ", which is no Service here");
        }
    }

    private void serviceMonitor(ServiceConfig service) {
        Optional<ObjectNode> object = find("Service", service.name());
        if (object.isEmpty()) {
            return;
        }
        Map<String, String> labels = Trees.strings(object.get().at("/metadata/labels"));
        Set<String> portNames = Documents.list(object.get(), "spec", "ports").stream()
                .map(p -> p.path("name").asText())
                .collect(Collectors.toSet());
        boolean scraped = false;
        for (ObjectNode monitor : ofKind("ServiceMonitor")) {
            Map<String, String> selector = Trees.strings(monitor.at("/spec/selector/matchLabels"));
            if (selector.isEmpty() || !Trees.selects(selector, labels)) {
                continue;
            }
            for (JsonNode endpoint : Documents.list(monitor, "spec", "endpoints")) {
                String where = "ServiceMonitor " + monitor.at("/metadata/name").asText();
                if (!portNames.contains(endpoint.path("port").asText())) {
                    problems.add(where + ": Service " + service.name() + " has no port "
                            + endpoint.path("port").asText());
                } else if (!service.metricsPath().equals(endpoint.path("path").asText())) {
                    problems.add(where + ": scrapes " + endpoint.path("path").asText() + ", " + service.name()
                            + " serves metrics at " + service.metricsPath());
                } else {
                    scraped = true;
                }
            }
        }
        if (!scraped) {
            problems.add(service.name() + ": no ServiceMonitor scrapes its " + service.metricsPath());
        }
    }

    // ---- Kafka ----

    private void kafka() {
        List<ObjectNode> clusters = ofKind("Kafka");
        if (clusters.size() != 1) {
            problems.add(clusters.size() + " Kafka clusters, not one");
            return;
        }
        ObjectNode kafka = clusters.get(0);
        String cluster = kafka.at("/metadata/name").asText();
        Map<String, String> annotations = Trees.strings(kafka.at("/metadata/annotations"));
        if (!"enabled".equals(annotations.get("strimzi.io/kraft"))) {
            problems.add("Kafka " + cluster + ": not annotated strimzi.io/kraft: enabled");
        }
        if (!"enabled".equals(annotations.get("strimzi.io/node-pools"))) {
            problems.add("Kafka " + cluster + ": not annotated strimzi.io/node-pools: enabled");
        }
        if (kafka.at("/spec/zookeeper").isObject()) {
            problems.add("Kafka " + cluster + ": has a ZooKeeper; it runs in KRaft mode");
        }
        int brokers = 0;
        boolean controllers = false;
        for (ObjectNode pool : ofKind("KafkaNodePool")) {
            if (!cluster.equals(Trees.strings(pool.at("/metadata/labels")).get("strimzi.io/cluster"))) {
                problems.add("KafkaNodePool " + pool.at("/metadata/name").asText() + ": belongs to no Kafka here");
                continue;
            }
            List<String> roles = new ArrayList<>();
            Documents.list(pool, "spec", "roles").forEach(r -> roles.add(r.asText()));
            controllers |= roles.contains("controller");
            if (roles.contains("broker")) {
                brokers += pool.at("/spec/replicas").asInt();
            }
        }
        if (!controllers) {
            problems.add("Kafka " + cluster + ": no KafkaNodePool with the controller role");
        }

        Set<String> expected = new TreeSet<>(contractTopics);
        Map<String, Integer> partitions = new HashMap<>();
        for (ServiceConfig service : services) {
            expected.addAll(service.deadLetterTopics());
            service.consumedTopicPartitions().forEach((topic, count) -> partitions.merge(topic, count, Math::max));
        }
        Map<String, ObjectNode> topics = new HashMap<>();
        for (ObjectNode topic : ofKind("KafkaTopic")) {
            String name = topic.at("/spec/topicName")
                    .asText(topic.at("/metadata/name").asText());
            topics.put(name, topic);
            String where = "KafkaTopic " + name;
            if (!expected.contains(name)) {
                problems.add(where + ": neither a topic of platform/contracts nor a dead-letter topic of a service");
            }
            if (!cluster.equals(Trees.strings(topic.at("/metadata/labels")).get("strimzi.io/cluster"))) {
                problems.add(where + ": not labelled strimzi.io/cluster: " + cluster);
            }
            int replicas = topic.at("/spec/replicas").asInt();
            if (replicas != 3) {
                problems.add(where + ": " + replicas + " replicas, not 3");
            }
            if (replicas > brokers) {
                problems.add(where + ": " + replicas + " replicas on " + brokers + " brokers");
            }
            if (topic.at("/spec/config/min.insync.replicas").asInt() != 2) {
                problems.add(where + ": min.insync.replicas is not 2");
            }
            if (topic.at("/spec/config/retention.ms").isMissingNode()) {
                problems.add(where + ": no retention.ms");
            }
            int needed = partitions.getOrDefault(name, 1);
            if (topic.at("/spec/partitions").asInt() < needed) {
                problems.add(where + ": " + topic.at("/spec/partitions").asInt() + " partitions, but a service reads"
                        + " it with " + needed + " consumers");
            }
        }
        for (String topic : expected) {
            if (!topics.containsKey(topic)) {
                problems.add("no KafkaTopic for " + topic);
            }
        }
    }

    // ---- Keycloak ----

    private void keycloak() {
        List<ObjectNode> keycloaks = ofKind("Keycloak");
        if (keycloaks.isEmpty()) {
            problems.add("no Keycloak");
        }
        for (ObjectNode keycloak : keycloaks) {
            String where = "Keycloak " + keycloak.at("/metadata/name").asText();
            String host = keycloak.at("/spec/db/host").asText().replaceFirst("\\..*$", "");
            String cluster = host.replaceFirst("-rw$", "");
            if (!host.endsWith("-rw") || find("Cluster", cluster).isEmpty()) {
                problems.add(where + ": its database " + host + " is no CloudNativePG cluster here");
            }
            for (String secret : List.of("usernameSecret", "passwordSecret")) {
                String name = keycloak.at("/spec/db/" + secret + "/name").asText();
                String key = keycloak.at("/spec/db/" + secret + "/key").asText();
                if (!secretKeys(name).contains(key)) {
                    problems.add(where + ": db." + secret + " " + name + "/" + key + " does not exist");
                }
            }
        }
        List<ObjectNode> imports = ofKind("KeycloakRealmImport");
        if (imports.isEmpty()) {
            problems.add("no KeycloakRealmImport");
        }
        for (ObjectNode realmImport : imports) {
            String where =
                    "KeycloakRealmImport " + realmImport.at("/metadata/name").asText();
            String keycloak = realmImport.at("/spec/keycloakCRName").asText();
            if (find("Keycloak", keycloak).isEmpty()) {
                problems.add(where + ": keycloakCRName " + keycloak + " is no Keycloak here");
            }
            String difference = Trees.firstDifference(realm, realmImport.at("/spec/realm"), "realm");
            if (difference != null) {
                problems.add(where + ": spec.realm differs from deploy/keycloak/guildhall-realm.json (" + difference
                        + "); regenerate it as its comment says");
            }
        }
    }

    // ---- environment ----

    /** Where a variable comes from; its value when it is written in the manifests (not in a Secret). */
    record Variable(String value, String source) {}

    private Map<String, Variable> environment(JsonNode container, String where) {
        return environment(container, where, true);
    }

    private Map<String, Variable> environmentQuietly(JsonNode container) {
        return environment(container, "", false);
    }

    private Map<String, Variable> environment(JsonNode container, String where, boolean report) {
        Map<String, Variable> environment = new LinkedHashMap<>();
        for (JsonNode from : Documents.list(container, "envFrom")) {
            String prefix = from.path("prefix").asText("");
            if (from.has("configMapRef")) {
                String name = from.at("/configMapRef/name").asText();
                Optional<ObjectNode> configMap = find("ConfigMap", name);
                if (configMap.isEmpty()) {
                    if (report) {
                        problems.add(where + ": envFrom ConfigMap " + name + ", which is not defined");
                    }
                    continue;
                }
                Trees.strings(configMap.get().get("data"))
                        .forEach((key, value) ->
                                environment.put(prefix + key, new Variable(value, "ConfigMap " + name)));
            } else if (from.has("secretRef")) {
                String name = from.at("/secretRef/name").asText();
                Set<String> keys = secretKeys(name);
                if (keys.isEmpty() && report) {
                    problems.add(where + ": envFrom Secret " + name + ", which is not defined");
                }
                keys.forEach(key -> environment.put(prefix + key, new Variable(null, "Secret " + name)));
            }
        }
        for (JsonNode variable : Documents.list(container, "env")) {
            String name = variable.path("name").asText();
            if (variable.has("value")) {
                environment.put(name, new Variable(variable.get("value").asText(), "env"));
            } else if (variable.at("/valueFrom/configMapKeyRef").isObject()) {
                String configMap =
                        variable.at("/valueFrom/configMapKeyRef/name").asText();
                String key = variable.at("/valueFrom/configMapKeyRef/key").asText();
                String value = find("ConfigMap", configMap)
                        .map(c -> Trees.strings(c.get("data")).get(key))
                        .orElse(null);
                if (value == null) {
                    if (report) {
                        problems.add(where + ": " + name + " from ConfigMap " + configMap + "/" + key
                                + ", which is not defined");
                    }
                } else {
                    environment.put(name, new Variable(value, "ConfigMap " + configMap));
                }
            } else if (variable.at("/valueFrom/secretKeyRef").isObject()) {
                String secret = variable.at("/valueFrom/secretKeyRef/name").asText();
                String key = variable.at("/valueFrom/secretKeyRef/key").asText();
                if (!secretKeys(secret).contains(key)) {
                    if (report) {
                        problems.add(
                                where + ": " + name + " from Secret " + secret + "/" + key + ", which is not defined");
                    }
                } else {
                    environment.put(name, new Variable(null, "Secret " + secret + "/" + key));
                }
            } else {
                environment.put(name, new Variable(null, "valueFrom"));
            }
        }
        return environment;
    }

    /** Keys of a Secret defined here, or generated by CloudNativePG for a Cluster defined here. */
    private Set<String> secretKeys(String name) {
        Optional<ObjectNode> secret = find("Secret", name);
        if (secret.isPresent()) {
            Set<String> keys =
                    new TreeSet<>(Trees.strings(secret.get().get("data")).keySet());
            keys.addAll(Trees.strings(secret.get().get("stringData")).keySet());
            return keys;
        }
        if (name.endsWith("-app")
                && find("Cluster", name.substring(0, name.length() - "-app".length()))
                        .isPresent()) {
            return CNPG_APP_SECRET_KEYS;
        }
        return Set.of();
    }

    // ---- lookup ----

    private List<ObjectNode> ofKind(String kind) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .collect(Collectors.toList());
    }

    private Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.at("/metadata/name").asText()))
                .findFirst();
    }

    /** The image without a registry host: registry.example.org/guildhall/x:1 is guildhall/x:1. */
    static String withoutRegistry(String image) {
        int slash = image.indexOf('/');
        if (slash > 0) {
            String first = image.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                return image.substring(slash + 1);
            }
        }
        return image;
    }
}
