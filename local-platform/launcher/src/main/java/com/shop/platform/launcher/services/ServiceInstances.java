package com.shop.platform.launcher.services;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The processes {@code up --replicas n} runs: n instances of every service but the gateway, the k-th
 * named {@code <service>-k} on the service's port plus 100 per instance (inventory 8083, 8183, 8283).
 */
public final class ServiceInstances {

    public static final int MAX_REPLICAS = 9;
    static final int PORT_STEP = 100;

    private ServiceInstances() {
    }

    /** Every instance of every service, in catalogue order and each service's instances together. */
    public static List<ServiceDefinition> of(List<ServiceDefinition> services, int replicas) {
        return services.stream().flatMap(service -> of(service, replicas).stream()).toList();
    }

    /** The instances of {@code service}: the first keeps its name and port; the gateway always runs once. */
    public static List<ServiceDefinition> of(ServiceDefinition service, int replicas) {
        int count = service.name().equals(ServiceCatalog.GATEWAY) ? 1 : replicas;
        return IntStream.rangeClosed(1, count)
                .mapToObj(k -> k == 1 ? service : new ServiceDefinition(service.name() + "-" + k,
                        service.port() + PORT_STEP * (k - 1), service.database(), service.readinessPath()))
                .toList();
    }
}
