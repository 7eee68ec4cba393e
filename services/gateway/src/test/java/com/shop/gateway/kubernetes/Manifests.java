package com.shop.gateway.kubernetes;

import com.shop.gateway.deployment.Repository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.shop.gateway.deployment.Repository.map;

/**
 * deploy/kubernetes as kustomize reads it: the kustomization, the documents of every resource file, and
 * the keys of every ConfigMap and Secret, those the configMapGenerator makes from files included.
 */
final class Manifests {

    static final Path DIRECTORY = Repository.path("deploy/kubernetes");
    private static final Pattern ADDRESS = Pattern.compile("(?:^|[/,@])([a-z][a-z0-9-]*):(\\d{2,5})");

    private final Map<String, Object> kustomization = Repository.yaml(DIRECTORY.resolve("kustomization.yaml"));
    private final List<Map<String, Object>> documents = new ArrayList<>();

    Manifests() {
        resources().forEach(file -> documents.addAll(Repository.yamlDocuments(DIRECTORY.resolve(file))));
    }

    Map<String, Object> kustomization() {
        return kustomization;
    }

    List<String> resources() {
        return strings(kustomization.get("resources"));
    }

    /** Each configMapGenerator's name and the files it makes keys of. */
    Map<String, List<String>> generatedConfigMaps() {
        Map<String, List<String>> generated = new LinkedHashMap<>();
        for (Object generator : list(kustomization.get("configMapGenerator"))) {
            generated.put((String) map(generator).get("name"), strings(map(generator).get("files")));
        }
        return generated;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    /** The Deployments and StatefulSets: every kind of pod the manifests run. */
    List<Map<String, Object>> workloads() {
        List<Map<String, Object>> workloads = new ArrayList<>(ofKind("Deployment"));
        workloads.addAll(ofKind("StatefulSet"));
        return workloads;
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(document -> name.equals(name(document))).findFirst();
    }

    Map<String, Object> named(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The keys of a ConfigMap or Secret: its data and stringData, or the file names a generator reads. */
    Set<String> keys(String kind, String name) {
        if (kind.equals("ConfigMap") && generatedConfigMaps().containsKey(name)) {
            return new TreeSet<>(generatedConfigMaps().get(name).stream().map(file -> Path.of(file).getFileName().toString()).toList());
        }
        Map<String, Object> source = named(kind, name);
        Set<String> keys = new TreeSet<>(map(source.get("data")).keySet());
        keys.addAll(map(source.get("stringData")).keySet());
        return keys;
    }

    /** The text of one key of a ConfigMap or Secret. */
    String value(String kind, String name, String key) {
        Map<String, Object> source = named(kind, name);
        Object value = map(source.get("data")).get(key);
        if (value == null) {
            value = map(source.get("stringData")).get(key);
        }
        if (value == null) {
            throw new AssertionError(kind + " " + name + " has no key " + key);
        }
        return value.toString();
    }

    /** A container's environment as it starts: its envFrom sources' keys, then its env entries, each resolved to its text. */
    Map<String, String> environment(Map<String, Object> container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object source : list(container.get("envFrom"))) {
            map(source).forEach((reference, target) -> {
                String kind = reference.equals("configMapRef") ? "ConfigMap" : "Secret";
                String name = (String) map(target).get("name");
                keys(kind, name).forEach(key -> environment.put(key, value(kind, name, key)));
            });
        }
        for (Object entry : list(container.get("env"))) {
            Map<String, Object> variable = map(entry);
            Map<String, Object> from = map(variable.get("valueFrom"));
            String text;
            if (from.containsKey("configMapKeyRef")) {
                text = referenced("ConfigMap", map(from.get("configMapKeyRef")));
            } else if (from.containsKey("secretKeyRef")) {
                text = referenced("Secret", map(from.get("secretKeyRef")));
            } else {
                text = String.valueOf(variable.get("value"));
            }
            environment.put((String) variable.get("name"), text);
        }
        return environment;
    }

    /** The {@code host:port} addresses in the environment of a workload's containers, such as a URL's or a JDBC URL's. */
    List<Address> addresses(Map<String, Object> workload) {
        List<Address> addresses = new ArrayList<>();
        for (Map<String, Object> container : containers(workload)) {
            environment(container).forEach((variable, value) -> {
                Matcher address = ADDRESS.matcher(value);
                while (address.find()) {
                    addresses.add(new Address(variable, address.group(1), Integer.parseInt(address.group(2))));
                }
            });
        }
        return addresses;
    }

    /** The ConfigMaps and Secrets a workload reads, as "ConfigMap name" or "Secret name": by envFrom, by key or as a volume. */
    static Set<String> sourcesReferenced(Map<String, Object> workload) {
        Set<String> sources = new TreeSet<>();
        for (Map<String, Object> container : containers(workload)) {
            for (Object source : list(container.get("envFrom"))) {
                map(source).forEach((reference, target) ->
                        sources.add((reference.equals("configMapRef") ? "ConfigMap " : "Secret ") + map(target).get("name")));
            }
            for (Object entry : list(container.get("env"))) {
                Map<String, Object> from = map(map(entry).get("valueFrom"));
                from.forEach((reference, target) ->
                        sources.add((reference.equals("configMapKeyRef") ? "ConfigMap " : "Secret ") + map(target).get("name")));
            }
        }
        for (Object volume : list(podSpec(workload).get("volumes"))) {
            Object configMap = map(volume).get("configMap");
            if (configMap != null) {
                sources.add("ConfigMap " + map(configMap).get("name"));
            }
        }
        return sources;
    }

    private String referenced(String kind, Map<String, Object> reference) {
        return value(kind, (String) reference.get("name"), (String) reference.get("key"));
    }

    static String name(Map<String, Object> document) {
        return (String) map(document.get("metadata")).get("name");
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return map(map(map(workload.get("spec")).get("template")).get("spec"));
    }

    static Map<String, Object> podLabels(Map<String, Object> workload) {
        return map(map(map(map(workload.get("spec")).get("template")).get("metadata")).get("labels"));
    }

    static List<Map<String, Object>> containers(Map<String, Object> workload) {
        return list(podSpec(workload).get("containers")).stream().map(Repository::map).toList();
    }

    /** A port given by number, or by the name of one of the container's ports. */
    static Object targetPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer) {
            return port;
        }
        return list(container.get("ports")).stream().map(Repository::map).filter(p -> Objects.equals(p.get("name"), port))
                .map(p -> p.get("containerPort")).findFirst().orElseThrow(() -> new AssertionError("no port named " + port));
    }

    static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(Object::toString).toList();
    }

    /** An address given to a workload: the variable that holds it, the host (a Service's name) and the port. */
    record Address(String variable, String host, int port) {
    }
}
