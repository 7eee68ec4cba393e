package com.shop.gateway.deployment;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's files as the deployment checks read them: YAML documents, placeholders, string literals. */
public final class Repository {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern QUOTED_NAME = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

    public static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    private Repository() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> yaml(Path file) {
        return (Map<String, Object>) new Yaml().load(read(file));
    }

    /** Every document of a YAML file that may hold several, separated by {@code ---}. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml().loadAll(read(file)).forEach(document -> {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        });
        return documents;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /** The value at a dotted path of nested maps. */
    public static Optional<Object> at(Map<String, Object> document, String dottedPath) {
        Object value = document;
        for (String key : dottedPath.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            value = map.get(key);
        }
        return Optional.ofNullable(value);
    }

    /** Every {@code ${VAR} } placeholder in a module's application*.yml files. */
    public static Set<String> placeholders(Path module) {
        Set<String> names = new TreeSet<>();
        for (Path file : files(module.resolve("src/main/resources"), "application", ".yml")) {
            names.addAll(matches(PLACEHOLDER, read(file)));
        }
        return names;
    }

    /** Every upper-case name quoted as a string literal in a module's main Java sources (environment lookups). */
    public static Set<String> quotedNames(Path module) {
        Set<String> names = new TreeSet<>();
        for (Path file : files(module.resolve("src/main/java"), "", ".java")) {
            names.addAll(matches(QUOTED_NAME, read(file)));
        }
        return names;
    }

    public static Set<String> placeholdersIn(Path file) {
        return matches(PLACEHOLDER, read(file));
    }

    /** Environment of a compose service as a name-to-text map. */
    public static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(service.get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<Path> files(Path directory, String prefix, String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                    && file.getFileName().toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
