package com.shop.gateway.kubernetes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static com.shop.gateway.deployment.Repository.map;
import static com.shop.gateway.kubernetes.Manifests.containers;
import static com.shop.gateway.kubernetes.Manifests.list;
import static com.shop.gateway.kubernetes.Manifests.name;
import static com.shop.gateway.kubernetes.Manifests.podLabels;
import static com.shop.gateway.kubernetes.Manifests.targetPort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * deploy/kubernetes's NetworkPolicies read against the workloads: the gateway admits only the ingress controller (it
 * believes the client address the controller sends), on the port the Ingress sends to; every other pod admits exactly
 * the workloads given the address of one of its Services (a service's port serves its API, and user-service believes
 * X-Forwarded-For from any private address), on a port it listens on; and Prometheus, from the monitoring namespace,
 * reaches every pod on the port its scrape annotations name.
 */
class NetworkPoliciesTest {

    private static final Map<String, Object> MONITORING = Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring"));
    private static final Map<String, Object> PROMETHEUS = Map.of("matchLabels", Map.of("app.kubernetes.io/name", "prometheus"));
    private static final Map<String, Object> SCRAPER = Map.of("namespaceSelector", MONITORING, "podSelector", PROMETHEUS);
    private static final Map<String, Object> INGRESS_CONTROLLER = Map.of(
            "namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx")),
            "podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "ingress-nginx")));

    private final Manifests manifests = new Manifests();

    @Test
    void theGatewayAdmitsOnlyTheIngressControllerAndPrometheusOnThePortTheIngressSendsTo() {
        Map<String, Object> gateway = manifests.named("Deployment", "gateway");
        List<Map<String, Object>> policies = policiesOn(gateway);
        assertThat(policies.stream().flatMap(policy -> peers(policy).stream())).as("peers of the gateway")
                .containsExactlyInAnyOrder(INGRESS_CONTROLLER, SCRAPER);
        Map<String, Object> ingressRule = map(list(map(manifests.named("Ingress", "gateway").get("spec")).get("rules")).get(0));
        Map<String, Object> backend = map(map(map(list(map(ingressRule.get("http")).get("paths")).get(0)).get("backend")).get("service"));
        Object servicePort = map(backend.get("port")).get("number");
        Object serviceTarget = list(map(manifests.named("Service", "gateway").get("spec")).get("ports")).stream().map(port -> map(port))
                .filter(port -> servicePort.equals(port.get("port"))).map(port -> port.get("targetPort")).findFirst().orElseThrow();
        Map<String, Object> container = containers(gateway).get(0);
        Object ingressPort = targetPort(container, serviceTarget);
        for (Map<String, Object> policy : policies) {
            for (Object rule : list(map(policy.get("spec")).get("ingress"))) {
                if (list(map(rule).get("from")).contains(INGRESS_CONTROLLER)) {
                    assertThat(list(map(rule).get("ports")).stream().map(port -> targetPort(container, map(port).get("port"))))
                            .as("the gateway's port for the ingress controller").containsExactly(ingressPort);
                }
            }
        }
    }

    @Test
    void everyPodButTheGatewayAdmitsExactlyTheWorkloadsThatCallIt() {
        for (Map<String, Object> workload : manifests.workloads()) {
            if (name(workload).equals("gateway")) {
                continue;
            }
            List<Map<String, Object>> policies = policiesOn(workload);
            Set<String> admitted = new TreeSet<>();
            for (Map<String, Object> policy : policies) {
                assertThat(list(map(policy.get("spec")).get("policyTypes"))).as(name(policy)).map(String::valueOf).containsExactly("Ingress");
                for (Map<String, Object> peer : peers(policy)) {
                    if (!peer.containsKey("namespaceSelector")) {
                        admitted.addAll(namesOf(workloadsSelectedBy(map(peer.get("podSelector")))));
                    }
                }
            }
            assertThat(admitted).as(name(workload) + " admits").isNotEmpty().isEqualTo(callers(workload));
        }
        assertThat(manifests.ofKind("NetworkPolicy")).extracting(Manifests::name)
                .contains("gateway", "user-service", "order-service", "inventory-service", "payment-service", "notification-service", "postgres");
    }

    @Test
    void everyPolicyAndPeerSelectsPodsThatExist() {
        for (Map<String, Object> policy : manifests.ofKind("NetworkPolicy")) {
            assertThat(workloadsSelectedBy(map(map(policy.get("spec")).get("podSelector")))).as(name(policy) + " selects").isNotEmpty();
            for (Map<String, Object> peer : peers(policy)) {
                if (peer.containsKey("namespaceSelector")) {
                    assertThat(peer).as(name(policy) + " peer in another namespace").isIn(SCRAPER, INGRESS_CONTROLLER);
                } else {
                    assertThat(peer.keySet()).as(name(policy) + " peer").containsExactly("podSelector");
                    assertThat(workloadsSelectedBy(map(peer.get("podSelector")))).as(name(policy) + " peer selects").isNotEmpty();
                }
            }
        }
    }

    @Test
    void aPolicyOpensOnlyPortsItsPodsListenOnAndPrometheusOnlyTheScrapePort() {
        for (Map<String, Object> policy : manifests.ofKind("NetworkPolicy")) {
            for (Map<String, Object> workload : workloadsSelectedBy(map(map(policy.get("spec")).get("podSelector")))) {
                Map<String, Object> container = containers(workload).get(0);
                Set<Object> listening = new TreeSet<>(list(container.get("ports")).stream().map(port -> map(port).get("containerPort")).toList());
                for (Object rule : list(map(policy.get("spec")).get("ingress"))) {
                    List<Object> ports = list(map(rule).get("ports")).stream().map(port -> targetPort(container, map(port).get("port"))).toList();
                    assertThat(ports).as(name(policy) + " ports of " + name(workload)).isNotEmpty().allMatch(listening::contains);
                    if (list(map(rule).get("from")).contains(SCRAPER)) {
                        String scrapePort = (String) map(map(map(map(workload.get("spec")).get("template")).get("metadata")).get("annotations"))
                                .get("prometheus.io/port");
                        assertThat(ports).as(name(policy) + " scrape port of " + name(workload)).map(String::valueOf).containsExactly(scrapePort);
                    }
                }
            }
        }
    }

    private List<Map<String, Object>> policiesOn(Map<String, Object> workload) {
        return manifests.ofKind("NetworkPolicy").stream()
                .filter(policy -> selects(map(map(policy.get("spec")).get("podSelector")), podLabels(workload))).toList();
    }

    private static List<Map<String, Object>> peers(Map<String, Object> policy) {
        return list(map(policy.get("spec")).get("ingress")).stream()
                .flatMap(rule -> list(map(rule).get("from")).stream()).map(peer -> map(peer)).toList();
    }

    /** The other workloads given the address of a Service that selects this workload's pods. */
    private Set<String> callers(Map<String, Object> workload) {
        Set<String> services = new TreeSet<>();
        for (Map<String, Object> service : manifests.ofKind("Service")) {
            if (selects(Map.of("matchLabels", map(map(service.get("spec")).get("selector"))), podLabels(workload))) {
                services.add(name(service));
            }
        }
        Set<String> callers = new TreeSet<>();
        for (Map<String, Object> caller : manifests.workloads()) {
            if (!caller.equals(workload) && manifests.addresses(caller).stream().anyMatch(address -> services.contains(address.host()))) {
                callers.add(name(caller));
            }
        }
        return callers;
    }

    private List<Map<String, Object>> workloadsSelectedBy(Map<String, Object> selector) {
        return manifests.workloads().stream().filter(workload -> selects(selector, podLabels(workload))).toList();
    }

    private static Set<String> namesOf(List<Map<String, Object>> workloads) {
        return new TreeSet<>(workloads.stream().map(Manifests::name).toList());
    }

    /** A label selector as Kubernetes reads it: every matchLabels entry, every matchExpressions entry (here only In). */
    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        if (!labels.entrySet().containsAll(map(selector.get("matchLabels")).entrySet())) {
            return false;
        }
        for (Object expression : list(selector.get("matchExpressions"))) {
            Map<String, Object> requirement = map(expression);
            if (!"In".equals(requirement.get("operator"))) {
                fail("a selector operator the test does not read: " + requirement);
            }
            Object value = labels.get(requirement.get("key"));
            if (list(requirement.get("values")).stream().noneMatch(allowed -> Objects.equals(allowed, value))) {
                return false;
            }
        }
        return true;
    }
}
