package com.shop.gateway.openapi;

import com.shop.gateway.routing.RouteTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers the services' OpenAPI documents into the gateway's: every path the gateway routes to the service that
 * documents it, under {@code /api} (a path a service serves only to operators on its own port, such as its dead
 * letters, is left out), the schemas and tags of all (the first service to name a schema keeps it), and the services
 * that did not answer.
 */
public final class ApiDocMerger {

    private final ObjectMapper mapper;
    private final RouteTable table;

    public ApiDocMerger(ObjectMapper mapper, RouteTable table) {
        this.mapper = mapper;
        this.table = table;
    }

    /** {@code documents}: each answering service's document by the name of its route; {@code unavailable}: the services that did not answer. */
    public ObjectNode merge(Map<String, JsonNode> documents, Set<String> unavailable) {
        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", documents.values().stream().map(doc -> doc.path("openapi").asText(""))
                .filter(version -> !version.isEmpty()).findFirst().orElse("3.0.3"));
        merged.putObject("info").put("title", "Shop API").put("version", "1.0")
                .put("description", "Every service's API as the gateway serves it, under /api");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = mapper.createObjectNode();
        ArrayNode tags = mapper.createArrayNode();
        Set<String> tagNames = new TreeSet<>();
        documents.forEach((route, document) -> {
            document.path("paths").properties().forEach(path -> {
                String clientPath = RouteTable.API_PREFIX + path.getKey();
                if (table.resolve(clientPath).filter(target -> target.route().equals(route)).isPresent()) {
                    paths.set(clientPath, path.getValue());
                }
            });
            document.path("components").path("schemas").properties()
                    .forEach(schema -> schemas.putIfAbsent(schema.getKey(), schema.getValue()));
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        if (!schemas.isEmpty()) {
            merged.putObject("components").set("schemas", schemas);
        }
        if (!tags.isEmpty()) {
            merged.set("tags", tags);
        }
        if (!unavailable.isEmpty()) {
            ArrayNode missing = merged.putArray("x-unavailable-services");
            new TreeSet<>(unavailable).forEach(missing::add);
        }
        return merged;
    }
}
