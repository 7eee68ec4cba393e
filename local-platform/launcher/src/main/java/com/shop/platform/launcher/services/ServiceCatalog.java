package com.shop.platform.launcher.services;

import com.shop.platform.launcher.Ports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The platform's services with their default ports and databases (DESIGN.md), each port overridable by environment. */
public final class ServiceCatalog {

    /** The one service that is never replicated: the users' single entry point, which spreads calls over the others. */
    public static final String GATEWAY = "gateway";

    private static final List<ServiceDefinition> DEFAULTS = List.of(
            new ServiceDefinition(GATEWAY, 8080, Optional.empty()),
            new ServiceDefinition("user-service", 8081, Optional.of("users")),
            new ServiceDefinition("order-service", 8082, Optional.of("orders")),
            new ServiceDefinition("inventory-service", 8083, Optional.of("inventory")),
            new ServiceDefinition("payment-service", 8084, Optional.of("payments")),
            new ServiceDefinition("notification-service", 8085, Optional.of("notifications")));

    private ServiceCatalog() {
    }

    /** Every service, with the port from {@code <NAME>_PORT} (e.g. {@code INVENTORY_SERVICE_PORT}) when set. */
    public static List<ServiceDefinition> resolve(Map<String, String> env) {
        return DEFAULTS.stream()
                .map(service -> {
                    String variable = portVariable(service.name());
                    String value = env.get(variable);
                    return value == null ? service
                            : new ServiceDefinition(service.name(), Ports.parse(value, variable), service.database());
                })
                .toList();
    }

    /** Every database a service owns. */
    public static List<String> databases() {
        return DEFAULTS.stream().flatMap(service -> service.database().stream()).toList();
    }

    static String portVariable(String serviceName) {
        return serviceName.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }
}
