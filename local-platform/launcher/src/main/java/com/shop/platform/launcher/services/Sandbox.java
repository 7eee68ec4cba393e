package com.shop.platform.launcher.services;

import com.shop.platform.launcher.Ports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A local stand-in for an outside system (a payment provider, later mail, SMS and push), started before
 * the services, which find it through {@code urlVariable}.
 */
public record Sandbox(ServiceDefinition process, String jar, String portVariable, String urlVariable, String about) {

    private static final List<Sandbox> DEFAULTS = List.of(
            new Sandbox(new ServiceDefinition("payment-sandbox", 8090, Optional.empty(), "/health"),
                    "connectors/payment-provider/target/payment-sandbox.jar", "PAYMENT_SANDBOX_PORT", "PAYMENT_PROVIDER_URL",
                    "test cards in connectors/payment-provider/README.md; GET /charges lists what was charged"),
            new Sandbox(new ServiceDefinition("notification-sandbox", 8091, Optional.empty(), "/health"),
                    "connectors/notification-channels/target/notification-sandbox.jar", "NOTIFICATION_SANDBOX_PORT",
                    "NOTIFICATION_SANDBOX_URL", "SMTP on port 2525; GET /mail/messages, /sms/messages, /push/messages list "
                    + "what was sent; see connectors/notification-channels/README.md"));

    /** Every sandbox, with the port from its variable (e.g. {@code PAYMENT_SANDBOX_PORT}) when set. */
    public static List<Sandbox> resolve(Map<String, String> env) {
        return DEFAULTS.stream()
                .map(sandbox -> {
                    String value = env.get(sandbox.portVariable());
                    if (value == null) {
                        return sandbox;
                    }
                    ServiceDefinition p = sandbox.process();
                    return new Sandbox(new ServiceDefinition(p.name(), Ports.parse(value, sandbox.portVariable()), p.database(),
                            p.readinessPath()), sandbox.jar(), sandbox.portVariable(), sandbox.urlVariable(), sandbox.about());
                })
                .toList();
    }

    public Path jarIn(Path repository) {
        return repository.resolve(jar);
    }

    /** What the sandbox process itself is started with. */
    public Map<String, String> processEnvironment() {
        return Map.of(portVariable, Integer.toString(process.port()));
    }

    /** What every service is started with to find the sandbox. */
    public Map<String, String> serviceEnvironment() {
        return Map.of(urlVariable, process.baseUrl());
    }
}
