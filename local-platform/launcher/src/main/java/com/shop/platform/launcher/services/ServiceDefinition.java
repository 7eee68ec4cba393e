package com.shop.platform.launcher.services;

import java.util.Optional;

/**
 * One process of the platform: its name, HTTP port, the database it owns, if any, and the path that
 * answers 200 once it takes traffic.
 */
public record ServiceDefinition(String name, int port, Optional<String> database, String readinessPath) {

    private static final String SPRING_READINESS = "/actuator/health/readiness";

    /** A Spring Boot service, ready when its readiness health group says so. */
    public ServiceDefinition(String name, int port, Optional<String> database) {
        this(name, port, database, SPRING_READINESS);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String readinessUrl() {
        return baseUrl() + readinessPath;
    }

    /** The one line that tells a developer where to find this service. */
    public String urls() {
        return "API " + baseUrl()
                + "  OpenAPI " + baseUrl() + "/api-doc"
                + "  Hawtio " + baseUrl() + "/actuator/hawtio"
                + "  metrics " + baseUrl() + "/actuator/prometheus";
    }
}
