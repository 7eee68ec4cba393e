package com.shop.platform.launcher.services;

import java.util.Optional;

/** One service of the platform: its module name, HTTP port and the database it owns, if any. */
public record ServiceDefinition(String name, int port, Optional<String> database) {

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String readinessUrl() {
        return baseUrl() + "/actuator/health/readiness";
    }

    /** The one line that tells a developer where to find this service. */
    public String urls() {
        return "API " + baseUrl()
                + "  OpenAPI " + baseUrl() + "/api-doc"
                + "  Hawtio " + baseUrl() + "/actuator/hawtio"
                + "  metrics " + baseUrl() + "/actuator/prometheus";
    }
}
