package com.shop.gateway.kubernetes;

import com.shop.gateway.deployment.Repository;
import com.shop.gateway.deployment.VariablesRead;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.shop.gateway.deployment.Repository.at;
import static com.shop.gateway.deployment.Repository.map;
import static com.shop.gateway.kubernetes.Manifests.containers;
import static com.shop.gateway.kubernetes.Manifests.list;
import static com.shop.gateway.kubernetes.Manifests.name;
import static com.shop.gateway.kubernetes.Manifests.podLabels;
import static com.shop.gateway.kubernetes.Manifests.podSpec;
import static com.shop.gateway.kubernetes.Manifests.targetPort;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cluster runs here, so deploy/kubernetes is checked by reading it against the code: every service
 * runs its own image on the port it listens on, with only variables it reads, probes on health groups it
 * has, a database the init script creates, and addresses that name a Service and a port it exposes.
 */
class KubernetesManifestsTest {

    private static final Pattern IMAGE = Pattern.compile("ghcr\\.io/shop/([a-z-]+):[\\w.-]+");
    private static final Pattern PORT_DEFAULT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");
    private static final Pattern DOCKERFILE_PORT = Pattern.compile("ENV SERVER_PORT=(\\d+)");
    private static final Pattern DATABASE_URL = Pattern.compile("jdbc:postgresql://([a-z0-9-]+):(\\d+)/(\\w+)");
    private static final Pattern HEAP = Pattern.compile("-Xmx(\\d+)m");
    private static final Pattern MEBIBYTES = Pattern.compile("(\\d+)Mi");
    private static final Pattern GROUP_DEFAULT = Pattern.compile("\"management\\.endpoint\\.health\\.group\\.(\\w+)\\.include\", \"([^\"]+)\"");
    private static final Path SHARED_DEFAULTS = Repository.path("routes/src/main/java/com/shop/routes/ShopDefaults.java");
    /** Variables the runtime reads rather than our code: the JVM's, and those of the images we do not build. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    private static final Map<String, Set<String>> IMAGE_VARIABLES = Map.of("postgres", Set.of("POSTGRES_USER", "POSTGRES_PASSWORD", "PGDATA"));

    private final Manifests manifests = new Manifests();

    @Test
    void kustomizationListsEveryFileInTheFolderAndNoOther() throws IOException {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(Manifests.DIRECTORY)) {
            files = walk.filter(Files::isRegularFile).map(file -> Manifests.DIRECTORY.relativize(file).toString())
                    .filter(file -> !file.equals("kustomization.yaml")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = new TreeSet<>(manifests.resources());
        manifests.generatedConfigMaps().values().forEach(listed::addAll);

        assertThat(manifests.resources()).doesNotHaveDuplicates();
        assertThat(listed).isEqualTo(files).contains("kafka.yaml", "init-databases.sql");
        assertThat(manifests.kustomization().get("namespace")).isEqualTo("shop");
        assertThat(manifests.find("Namespace", "shop")).isPresent();
    }

    @Test
    void everyServiceModuleRunsFromItsOwnImageWithMoreThanOneInstance() throws IOException {
        Set<String> modules;
        try (Stream<Path> directories = Files.list(Repository.path("services"))) {
            modules = directories.filter(dir -> Files.exists(dir.resolve("src/main/resources/application.yml")))
                    .map(dir -> dir.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> deployed = new TreeSet<>();
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            String module = module(deployment);
            deployed.add(module);
            assertThat(name(deployment)).isEqualTo(module);
            assertThat(Repository.path("services/" + module + "/Dockerfile")).exists();
            assertThat((Integer) map(deployment.get("spec")).get("replicas")).as(module + " replicas")
                    .isGreaterThanOrEqualTo(module.equals("gateway") ? 3 : 2);
        }

        assertThat(deployed).isEqualTo(modules).contains("gateway", "order-service");
    }

    @Test
    void everyContainerListensOnThePortItsServiceIsConfiguredWith() {
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            String module = module(deployment);
            Map<String, Object> container = containers(deployment).get(0);
            int port = containerPort(container);

            assertThat(port).as(module + " container port").isEqualTo(serverPort(module, manifests.environment(container)));
            Map<String, Object> annotations = map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("annotations"));
            assertThat(annotations).as(module + " scrape annotations").containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus").containsEntry("prometheus.io/port", String.valueOf(port));
        }
        assertThat(Repository.read(SHARED_DEFAULTS)).contains("\"management.endpoints.web.exposure.include\", \"health,info,prometheus");
    }

    @Test
    void everyVariableGivenToOurCodeIsOneItReads() {
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            String module = module(deployment);
            Path directory = Repository.path("services/" + module);
            Set<String> read = VariablesRead.by(directory);
            Map<String, String> environment = manifests.environment(containers(deployment).get(0));

            assertThat(environment).as(module + " environment").containsKeys("SPRING_PROFILES_ACTIVE", "JAVA_TOOL_OPTIONS");
            environment.forEach((variable, value) -> {
                if (variable.equals("SPRING_PROFILES_ACTIVE")) {
                    assertProductionProfiles(directory, value);
                } else if (!JVM_VARIABLES.contains(variable) && !VariablesRead.bindsToSharedSettings(variable, value)) {
                    assertThat(read).as(module + " reads " + variable).contains(variable);
                }
            });
        }
        for (Map<String, Object> workload : manifests.ofKind("StatefulSet")) {
            for (Map<String, Object> container : containers(workload)) {
                String image = container.get("image").toString().split(":")[0];
                assertThat(IMAGE_VARIABLES.get(image)).as(image + " variables").containsAll(manifests.environment(container).keySet());
            }
        }
    }

    @Test
    void everyConfigMapAndSecretIsUsedAndEveryReferencedKeyExists() {
        Set<String> referenced = new TreeSet<>();
        int variables = 0;
        for (Map<String, Object> workload : manifests.workloads()) {
            referenced.addAll(Manifests.sourcesReferenced(workload));
            for (Map<String, Object> container : containers(workload)) {
                variables += manifests.environment(container).size();
            }
        }
        Set<String> defined = new TreeSet<>();
        Stream.concat(manifests.ofKind("ConfigMap").stream(), manifests.ofKind("Secret").stream())
                .forEach(source -> defined.add(source.get("kind") + " " + name(source)));
        manifests.generatedConfigMaps().keySet().forEach(name -> defined.add("ConfigMap " + name));

        assertThat(referenced).isEqualTo(defined).contains("Secret database", "ConfigMap postgres-init");
        referenced.forEach(source -> assertThat(manifests.keys(source.split(" ")[0], source.split(" ")[1])).as(source).isNotEmpty());
        assertThat(variables).isGreaterThan(40);
    }

    @Test
    void everyServiceSelectsAWorkloadAndReachesItsPort() {
        for (Map<String, Object> service : manifests.ofKind("Service")) {
            Map<String, Object> selector = map(map(service.get("spec")).get("selector"));
            List<Map<String, Object>> selected = manifests.workloads().stream()
                    .filter(workload -> podLabels(workload).entrySet().containsAll(selector.entrySet())).toList();

            assertThat(selector).as(name(service) + " selector").isNotEmpty();
            assertThat(selected).as(name(service) + " selects").hasSize(1);
            Map<String, Object> container = containers(selected.get(0)).get(0);
            for (Object port : list(map(service.get("spec")).get("ports"))) {
                assertThat(targetPort(container, map(port).get("targetPort"))).as(name(service) + " target port")
                        .isEqualTo(map(port).get("port"));
            }
        }
        for (Map<String, Object> workload : manifests.workloads()) {
            assertThat(podLabels(workload).entrySet()).as(name(workload) + " selector")
                    .containsAll(map(map(map(workload.get("spec")).get("selector")).get("matchLabels")).entrySet());
        }
    }

    @Test
    void theGatewayIsReachedThroughTheIngressAndKeptAvailable() {
        Map<String, Object> gateway = manifests.named("Deployment", "gateway");
        Map<String, Object> rule = map(list(map(manifests.named("Ingress", "gateway").get("spec")).get("rules")).get(0));
        Map<String, Object> path = map(list(map(rule.get("http")).get("paths")).get(0));
        Map<String, Object> backend = map(map(path.get("backend")).get("service"));
        Map<String, Object> budget = map(manifests.named("PodDisruptionBudget", "gateway").get("spec"));
        Map<String, Object> autoscaler = map(manifests.named("HorizontalPodAutoscaler", "gateway").get("spec"));
        int replicas = (Integer) map(gateway.get("spec")).get("replicas");

        assertThat(path).containsEntry("path", "/").containsEntry("pathType", "Prefix");
        assertThat(backend.get("name")).isEqualTo("gateway");
        assertThat(servicePorts("gateway")).contains((Integer) map(backend.get("port")).get("number"));
        assertThat(podLabels(gateway).entrySet()).containsAll(map(map(budget.get("selector")).get("matchLabels")).entrySet());
        assertThat((Integer) budget.get("minAvailable")).isBetween(1, replicas - 1);
        assertThat(map(autoscaler.get("scaleTargetRef"))).containsEntry("kind", "Deployment").containsEntry("name", "gateway");
        assertThat((Integer) autoscaler.get("minReplicas")).isEqualTo(replicas);
    }

    @Test
    void probesAskForHealthGroupsTheServiceHas() {
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            String module = module(deployment);
            Map<String, Object> container = containers(deployment).get(0);
            Map<String, String> groups = healthGroups(module);

            assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
            assertThat((Integer) map(container.get("readinessProbe")).get("timeoutSeconds"))
                    .as(module + " readiness timeout: the Kafka consumers' checks wait for their polls").isGreaterThanOrEqualTo(3);
            assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
            assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                String group = probePath(container, probe).substring("/actuator/health/".length());
                assertThat(groups).as(module + " health groups").containsKey(group);
                assertThat(targetPort(container, map(map(container.get(probe)).get("httpGet")).get("port"))).isEqualTo(containerPort(container));
            }
            if (manifests.environment(container).containsKey("SPRING_DATASOURCE_URL")) {
                assertThat(groups.get("readiness")).as(module + " readiness").contains("db");
            }
        }
    }

    @Test
    void postgresCreatesTheDatabaseEveryServiceNames() {
        String script = Repository.read(Manifests.DIRECTORY.resolve("init-databases.sql"));
        assertThat(script).isEqualTo(Repository.read(Repository.path("deploy/postgres/init-databases.sql")));
        Set<String> databases = new TreeSet<>();
        Matcher created = Pattern.compile("CREATE DATABASE (\\w+)").matcher(script);
        while (created.find()) {
            databases.add(created.group(1));
        }
        Map<String, Object> postgres = manifests.named("StatefulSet", "postgres");
        Map<String, String> server = manifests.environment(containers(postgres).get(0));
        Map<String, Object> initMount = list(containers(postgres).get(0).get("volumeMounts")).stream().map(Repository::map)
                .filter(mount -> "/docker-entrypoint-initdb.d".equals(mount.get("mountPath"))).findFirst().orElseThrow();
        assertThat(list(podSpec(postgres).get("volumes")).stream().map(Repository::map)
                .filter(volume -> volume.get("name").equals(initMount.get("name"))).map(volume -> map(volume.get("configMap")).get("name")))
                .containsExactly("postgres-init");

        int services = 0;
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            String module = module(deployment);
            Map<String, String> environment = manifests.environment(containers(deployment).get(0));
            if (!environment.containsKey("SPRING_DATASOURCE_URL")) {
                continue;
            }
            Matcher url = DATABASE_URL.matcher(environment.get("SPRING_DATASOURCE_URL"));
            Matcher configured = DATABASE_URL.matcher(at(application(module), "spring.datasource.url").orElseThrow().toString());

            assertThat(url.find() && configured.find()).as(module + " datasource").isTrue();
            assertThat(url.group(1)).isEqualTo("postgres");
            assertThat(databases).as(module + " database").contains(url.group(3));
            assertThat(url.group(3)).as(module + " database").isEqualTo(configured.group(3));
            assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(server.get("POSTGRES_USER"));
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(server.get("POSTGRES_PASSWORD"));
            services++;
        }
        assertThat(services).isEqualTo(5);
    }

    @Test
    void everyAddressNamesAServiceAndAPortItExposes() {
        int addresses = 0;
        for (Map<String, Object> workload : manifests.workloads()) {
            for (Manifests.Address address : manifests.addresses(workload)) {
                assertThat(ports(address.host())).as(name(workload) + " " + address.variable()).contains(address.port());
                addresses++;
            }
        }
        assertThat(addresses).isGreaterThanOrEqualTo(20);
    }

    @Test
    void kafkaKeepsEveryRecordOnThreeBrokersAndTheServicesCreateTopicsSo() {
        Map<String, Object> kafka = manifests.ofKind("Kafka").get(0);
        Map<String, Object> pool = manifests.ofKind("KafkaNodePool").get(0);
        Map<String, Object> config = map(at(kafka, "spec.kafka.config").orElseThrow());
        Map<String, Object> poolSpec = map(pool.get("spec"));
        int minInSync = (Integer) config.get("min.insync.replicas");
        int replicationFactor = Integer.parseInt(manifests.value("ConfigMap", "kafka-environment", "SHOP_KAFKA_REPLICATION_FACTOR"));

        assertThat(map(map(kafka.get("metadata")).get("annotations")))
                .containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(map(map(pool.get("metadata")).get("labels"))).containsEntry("strimzi.io/cluster", name(kafka));
        assertThat(list(poolSpec.get("roles")).stream().map(Object::toString)).containsExactlyInAnyOrder("controller", "broker");
        assertThat(poolSpec.get("replicas")).isEqualTo(3);
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.replication.factor", 3).containsEntry("transaction.state.log.min.isr", 2);
        assertThat(minInSync).isEqualTo(2);
        assertThat(replicationFactor).isEqualTo(3).isGreaterThan(minInSync);
        assertThat(manifests.value("ConfigMap", "kafka-environment", "KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(name(kafka) + "-kafka-bootstrap:" + plainListenerPort(kafka));
    }

    @Test
    void theHeapFitsInTheMemoryLimitWithRoomForTheRest() {
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            Map<String, Object> container = containers(deployment).get(0);
            Matcher heap = HEAP.matcher(manifests.environment(container).get("JAVA_TOOL_OPTIONS"));
            Matcher limit = MEBIBYTES.matcher(String.valueOf(at(container, "resources.limits.memory").orElseThrow()));
            Matcher request = MEBIBYTES.matcher(String.valueOf(at(container, "resources.requests.memory").orElseThrow()));

            assertThat(heap.find() && limit.matches() && request.matches()).as(name(deployment) + " heap and memory").isTrue();
            assertThat(Integer.parseInt(heap.group(1))).isEqualTo(256);
            assertThat(Integer.parseInt(limit.group(1))).isGreaterThanOrEqualTo(2 * 256).isGreaterThanOrEqualTo(Integer.parseInt(request.group(1)));
            assertThat(at(container, "resources.requests.cpu")).isPresent();
        }
    }

    /** A profile a deployment activates must not be one that seeds data or opens the operator console. */
    private static void assertProductionProfiles(Path module, String profiles) {
        for (String profile : profiles.split(",")) {
            assertThat(profile.trim()).as("profile").isNotEmpty().isNotEqualTo("local");
            Path file = module.resolve("src/main/resources/application-" + profile.trim() + ".yml");
            if (Files.exists(file)) {
                Map<String, Object> settings = Repository.yaml(file);
                assertThat(at(settings, "shop.security.operator-console")).as(file.toString()).isNotEqualTo(Optional.of("open"));
                assertThat(String.valueOf(at(settings, "spring.flyway.locations").orElse(""))).as(file.toString()).doesNotContain("seed");
            }
        }
    }

    /** The health groups a service has, each with what it includes: the probe groups, the shared ones and its own. */
    private static Map<String, String> healthGroups(String module) {
        String defaults = Repository.read(SHARED_DEFAULTS);
        Map<String, String> groups = new TreeMap<>();
        if (defaults.contains("\"management.endpoint.health.probes.enabled\", \"true\"")) {
            groups.put("liveness", "livenessState");
            groups.put("readiness", "readinessState");
        }
        Matcher shared = GROUP_DEFAULT.matcher(defaults);
        while (shared.find()) {
            groups.put(shared.group(1), shared.group(2));
        }
        map(at(application(module), "management.endpoint.health.group").orElse(null)).forEach((group, settings) ->
                groups.put(group, String.valueOf(map(settings).get("include"))));
        return groups;
    }

    private static Map<String, Object> application(String module) {
        return Repository.yaml(Repository.path("services/" + module + "/src/main/resources/application.yml"));
    }

    /** The port a service listens on: SERVER_PORT from the manifest, else the one its image sets, else its application.yml default. */
    private static int serverPort(String module, Map<String, String> environment) {
        if (environment.containsKey("SERVER_PORT")) {
            return Integer.parseInt(environment.get("SERVER_PORT"));
        }
        Matcher image = DOCKERFILE_PORT.matcher(Repository.read(Repository.path("services/" + module + "/Dockerfile")));
        if (image.find()) {
            return Integer.parseInt(image.group(1));
        }
        Matcher fallback = PORT_DEFAULT.matcher(at(application(module), "server.port").orElseThrow().toString());
        assertThat(fallback.matches()).as(module + " server.port").isTrue();
        return Integer.parseInt(fallback.group(1));
    }

    private static String module(Map<String, Object> deployment) {
        Matcher image = IMAGE.matcher(String.valueOf(containers(deployment).get(0).get("image")));
        assertThat(image.matches()).as(name(deployment) + " image").isTrue();
        return image.group(1);
    }

    private static int containerPort(Map<String, Object> container) {
        List<?> ports = list(container.get("ports"));
        assertThat(ports).hasSize(1);
        return (Integer) map(ports.get(0)).get("containerPort");
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
    }

    private Set<Integer> servicePorts(String service) {
        return list(map(manifests.named("Service", service).get("spec")).get("ports")).stream()
                .map(port -> (Integer) map(port).get("port")).collect(Collectors.toSet());
    }

    /** The ports a host name in the namespace answers on: a Service's, or the Strimzi bootstrap Service's listeners. */
    private Set<Integer> ports(String host) {
        for (Map<String, Object> kafka : manifests.ofKind("Kafka")) {
            if (host.equals(name(kafka) + "-kafka-bootstrap")) {
                return Set.of(plainListenerPort(kafka));
            }
        }
        return servicePorts(host);
    }

    private static int plainListenerPort(Map<String, Object> kafka) {
        return list(at(kafka, "spec.kafka.listeners").orElseThrow()).stream().map(Repository::map)
                .filter(listener -> Boolean.FALSE.equals(listener.get("tls"))).map(listener -> (Integer) listener.get("port"))
                .findFirst().orElseThrow();
    }
}
