package com.shop.gateway.compose;

import com.shop.gateway.deployment.Repository;
import com.shop.gateway.deployment.VariablesRead;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.shop.gateway.deployment.Repository.at;
import static com.shop.gateway.deployment.Repository.environment;
import static com.shop.gateway.deployment.Repository.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so docker-compose.yml is checked by reading it against the code: every
 * service is one the repository builds, every variable one the code reads, every address a service
 * and the port it listens on, every scrape target and load-balanced instance real.
 */
class ComposeFileTest {

    private static final Pattern HOST_AND_PORT = Pattern.compile("([a-z][a-z0-9-]*):(\\d{2,5})");
    private static final Pattern DATABASE_URL = Pattern.compile("jdbc:postgresql://[a-z0-9-]+:\\d+/(\\w+)");
    private static final Pattern PORT_DEFAULT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");
    private static final Map<String, Set<Integer>> IMAGE_PORTS = Map.of("postgres", Set.of(5432), "kafka", Set.of(9092, 9093),
            "prometheus", Set.of(9090));

    private final Map<String, Object> services = map(Repository.yaml(Repository.path("docker-compose.yml")).get("services"));

    @Test
    void everyServiceModuleRunsFromItsOwnDockerfileAndJar() throws Exception {
        Set<String> modules;
        try (var directories = Files.list(Repository.path("services"))) {
            modules = directories.filter(dir -> Files.exists(dir.resolve("src/main/resources/application.yml")))
                    .map(dir -> "services/" + dir.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> built = new TreeSet<>();
        services.forEach((name, definition) -> module(map(definition)).filter(module -> module.startsWith("services/"))
                .ifPresent(built::add));

        assertThat(built).isEqualTo(modules);
        for (String module : built) {
            String artifactId = module.substring("services/".length());
            assertThat(Repository.read(Repository.path(module + "/pom.xml"))).contains("<artifactId>" + artifactId + "</artifactId>");
            assertThat(Repository.read(Repository.path(module + "/Dockerfile")))
                    .contains("FROM eclipse-temurin:17-jre", "COPY target/" + artifactId + "-*.jar", "HEALTHCHECK");
        }
        assertThat(services).containsKeys("gateway-1", "gateway-2", "gateway-3", "kafka", "postgres", "payment-sandbox",
                "prometheus", "grafana");
    }

    @Test
    void everyVariableGivenToOurCodeIsOneItReads() {
        services.forEach((name, definition) -> module(map(definition)).ifPresent(module -> {
            Path directory = Repository.path(module);
            Set<String> read = VariablesRead.by(directory);
            environment(map(definition)).forEach((variable, value) -> {
                if (variable.equals("SPRING_PROFILES_ACTIVE")) {
                    assertThat(directory.resolve("src/main/resources/application-" + value + ".yml")).as(name + " profile").exists();
                } else if (!VariablesRead.bindsToSharedSettings(variable, value)) {
                    assertThat(read).as(name + " reads " + variable).contains(variable);
                }
            });
        }));
    }

    @Test
    void everyAddressNamesAServiceAndThePortItListensOn() {
        Set<String> databases = new TreeSet<>();
        Matcher created = Pattern.compile("CREATE DATABASE (\\w+)").matcher(Repository.read(Repository.path("deploy/postgres/init-databases.sql")));
        while (created.find()) {
            databases.add(created.group(1));
        }
        services.forEach((name, definition) -> module(map(definition)).ifPresent(module ->
                environment(map(definition)).forEach((variable, value) -> {
                    Matcher address = HOST_AND_PORT.matcher(value);
                    while (address.find()) {
                        assertThat(ports(address.group(1))).as(name + " " + variable).contains(Integer.parseInt(address.group(2)));
                    }
                    Matcher database = DATABASE_URL.matcher(value);
                    if (database.find()) {
                        assertThat(databases).as(name + " database").contains(database.group(1));
                    }
                })));
    }

    @Test
    void prometheusScrapesEveryServiceAndGrafanaReadsPrometheus() {
        Set<String> expected = new TreeSet<>();
        services.forEach((name, definition) -> module(map(definition)).filter(module -> module.startsWith("services/"))
                .ifPresent(module -> expected.add(name + ":" + ports(name).iterator().next())));
        Set<String> scraped = new TreeSet<>();
        List<?> jobs = (List<?>) Repository.yaml(Repository.path("observability/prometheus/prometheus.yml")).get("scrape_configs");
        for (Object job : jobs) {
            assertThat(map(job).get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Object config : (List<?>) map(job).get("static_configs")) {
                ((List<?>) map(config).get("targets")).forEach(target -> scraped.add(target.toString()));
            }
        }

        assertThat(scraped).isEqualTo(expected);
        Map<String, Object> datasources = Repository.yaml(Repository.path("observability/grafana/provisioning/datasources/prometheus.yml"));
        assertThat(map(((List<?>) datasources.get("datasources")).get(0)).get("url")).isEqualTo("http://prometheus:" + IMAGE_PORTS.get("prometheus").iterator().next());
    }

    @Test
    void nginxBalancesOverEveryGatewayInstanceOnPort80() {
        String nginx = Repository.read(Repository.path("deploy/nginx/nginx.conf"));
        Set<String> gateways = services.keySet().stream().filter(name -> name.startsWith("gateway-")).collect(Collectors.toSet());

        assertThat(gateways).hasSize(3);
        gateways.forEach(gateway -> assertThat(nginx).contains("server " + gateway + ":" + ports(gateway).iterator().next()));
        assertThat(map(services.get("load-balancer")).get("ports")).asList().contains("80:80");
    }

    @Test
    void aServiceWaitedForAsHealthyHasAHealthCheck() {
        services.forEach((name, definition) -> map(map(definition).get("depends_on")).forEach((dependency, condition) -> {
            assertThat(services).as(name + " depends on").containsKey(dependency);
            assertThat(map(condition).get("condition")).isEqualTo("service_healthy");
            Map<String, Object> target = map(services.get(dependency));
            boolean checked = target.containsKey("healthcheck") || module(target)
                    .map(module -> Repository.read(Repository.path(module + "/Dockerfile")).contains("HEALTHCHECK")).orElse(false);
            assertThat(checked).as(dependency + " has a health check").isTrue();
        }));
    }

    /** Jolokia can change any MBean, and the services listen on the compose network, not on this machine alone. */
    @Test
    void noServiceOpensItsOperatorConsole() {
        services.forEach((name, definition) -> module(map(definition)).filter(module -> module.startsWith("services/"))
                .ifPresent(module -> {
                    Map<String, String> environment = environment(map(definition));
                    String console = Optional.<Object>ofNullable(environment.get("SHOP_SECURITY_OPERATOR_CONSOLE"))
                            .or(() -> Optional.ofNullable(environment.get("SPRING_PROFILES_ACTIVE"))
                                    .flatMap(profile -> at(Repository.yaml(Repository.path(module + "/src/main/resources/application-"
                                            + profile + ".yml")), "shop.security.operator-console")))
                            .or(() -> at(Repository.yaml(Repository.path(module + "/src/main/resources/application.yml")),
                                    "shop.security.operator-console"))
                            .map(Object::toString).orElse("admin");

                    assertThat(console).as(name + " operator console").isEqualToIgnoringCase("admin");
                }));
    }

    /** The repository module a compose service runs: its build context, or the module whose jar it mounts. */
    private static Optional<String> module(Map<String, Object> service) {
        if (service.get("build") instanceof String context) {
            return Optional.of(context);
        }
        Object volumes = service.get("volumes");
        if (volumes instanceof List<?> list) {
            return list.stream().map(Object::toString).filter(volume -> volume.startsWith("./connectors/"))
                    .map(volume -> volume.substring(2, volume.indexOf("/target/"))).findFirst();
        }
        return Optional.empty();
    }

    /** The ports a compose service listens on: a service's SERVER_PORT or its application.yml default, a sandbox's *_PORT. */
    private Set<Integer> ports(String name) {
        if (IMAGE_PORTS.containsKey(name)) {
            return IMAGE_PORTS.get(name);
        }
        assertThat(services).as("a service named " + name).containsKey(name);
        Map<String, Object> service = map(services.get(name));
        Map<String, String> environment = environment(service);
        String module = module(service).orElseThrow();
        if (module.startsWith("connectors/")) {
            return environment.entrySet().stream().filter(e -> e.getKey().endsWith("_PORT"))
                    .map(e -> Integer.parseInt(e.getValue())).collect(Collectors.toSet());
        }
        if (environment.containsKey("SERVER_PORT")) {
            return Set.of(Integer.parseInt(environment.get("SERVER_PORT")));
        }
        String port = at(Repository.yaml(Repository.path(module + "/src/main/resources/application.yml")), "server.port")
                .orElseThrow().toString();
        Matcher fallback = PORT_DEFAULT.matcher(port);
        assertThat(fallback.matches()).as(module + " server.port").isTrue();
        return Set.of(Integer.parseInt(fallback.group(1)));
    }
}
