package com.shop.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the upstream route of a request path: {@code /api} is stripped and the longest matching prefix wins. */
public final class RouteTable {

    public static final String API_PREFIX = "/api";

    private final List<Map.Entry<String, String>> prefixes;

    public RouteTable(GatewayProperties properties) {
        this.prefixes = properties.routes().entrySet().stream()
                .flatMap(route -> route.getValue().paths().stream().map(path -> Map.entry(path, route.getKey())))
                .sorted(Comparator.comparing((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed())
                .toList();
    }

    /** The route and the path the upstream serves, for a path as the client sent it. */
    public Optional<Target> resolve(String requestPath) {
        String path = requestPath.startsWith(API_PREFIX + "/") ? requestPath.substring(API_PREFIX.length()) : requestPath;
        return prefixes.stream()
                .filter(prefix -> path.equals(prefix.getKey()) || path.startsWith(prefix.getKey() + "/"))
                .findFirst()
                .map(prefix -> new Target(prefix.getValue(), path));
    }

    /**
     * The address a client uses for a path a service names (in a {@code Location}, say): {@code /orders/42?x=1} is
     * {@code /api/orders/42?x=1}; empty when the gateway serves no such path.
     */
    public Optional<String> clientPath(String upstreamPath) {
        String path = upstreamPath.split("[?#]", 2)[0];
        return resolve(API_PREFIX + path).map(target -> API_PREFIX + upstreamPath);
    }

    /** Where a request goes: the route's name and the upstream path. */
    public record Target(String route, String path) {
    }
}
