package com.shop.connectors.payment.sandbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the sandbox runs: the address it listens on (this machine only unless told otherwise: it answers anyone
 * who asks), its port (0 picks a free one), how late a {@code tok_timeout} charge answers, and how many attempts
 * of a {@code tok_transient} charge fail before it succeeds. Each can be set by a flag ({@code --address=0.0.0.0},
 * {@code --port=8090}) or an environment variable ({@code PAYMENT_SANDBOX_ADDRESS}, {@code PAYMENT_SANDBOX_PORT});
 * the flag wins.
 */
public record SandboxSettings(String address, int port, Duration slowResponse, int transientFailures) {

    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8090;
    public static final Duration DEFAULT_SLOW_RESPONSE = Duration.ofSeconds(10);
    public static final int DEFAULT_TRANSIENT_FAILURES = 2;
    private static final Set<String> FLAGS = Set.of("address", "port", "slow-response-ms", "transient-failures");

    public SandboxSettings {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("the address to listen on must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (slowResponse == null || slowResponse.isNegative()) {
            throw new IllegalArgumentException("the slow-response delay must be zero or more, was " + slowResponse);
        }
        if (transientFailures < 0) {
            throw new IllegalArgumentException("transient failures must be zero or more, was " + transientFailures);
        }
    }

    /** On this machine, with the other settings given. */
    public SandboxSettings(int port, Duration slowResponse, int transientFailures) {
        this(DEFAULT_ADDRESS, port, slowResponse, transientFailures);
    }

    public static SandboxSettings defaults() {
        return new SandboxSettings(DEFAULT_PORT, DEFAULT_SLOW_RESPONSE, DEFAULT_TRANSIENT_FAILURES);
    }

    /** Settings from command-line flags, then environment variables, then the defaults. */
    public static SandboxSettings from(String[] args, Map<String, String> environment) {
        Map<String, String> flags = flags(args);
        String address = flags.containsKey("address") ? flags.get("address") : environment.get("PAYMENT_SANDBOX_ADDRESS");
        return new SandboxSettings(
                address == null || address.isBlank() ? DEFAULT_ADDRESS : address.trim(),
                number(flags, environment, "port", "PAYMENT_SANDBOX_PORT", DEFAULT_PORT),
                Duration.ofMillis(number(flags, environment, "slow-response-ms", "PAYMENT_SANDBOX_SLOW_RESPONSE_MS",
                        (int) DEFAULT_SLOW_RESPONSE.toMillis())),
                number(flags, environment, "transient-failures", "PAYMENT_SANDBOX_TRANSIENT_FAILURES", DEFAULT_TRANSIENT_FAILURES));
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !FLAGS.contains(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg
                        + "'; use --address=<host>, --port=<n>, --slow-response-ms=<n>, --transient-failures=<n>");
            }
            flags.put(name, arg.substring(equals + 1));
        }
        return flags;
    }

    private static int number(Map<String, String> flags, Map<String, String> environment, String flag, String variable,
                              int fallback) {
        String value = flags.containsKey(flag) ? flags.get(flag) : environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            String source = flags.containsKey(flag) ? "--" + flag : variable;
            throw new IllegalArgumentException(source + " must be a whole number, not '" + value + "'");
        }
    }
}
