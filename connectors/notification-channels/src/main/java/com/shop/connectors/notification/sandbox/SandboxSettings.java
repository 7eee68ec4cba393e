package com.shop.connectors.notification.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the sandbox listens: the address (this machine only unless told otherwise: anyone who asks could read
 * the mailbox), its HTTP API (SMS, push, the mailbox listing and the outage switches) and its SMTP server; 0 picks
 * a free port. Each can be set by a flag ({@code --address=0.0.0.0}, {@code --port=8091}, {@code --smtp-port=2525})
 * or an environment variable ({@code NOTIFICATION_SANDBOX_ADDRESS}, {@code NOTIFICATION_SANDBOX_PORT},
 * {@code NOTIFICATION_SANDBOX_SMTP_PORT}); the flag wins.
 */
public record SandboxSettings(String address, int httpPort, int smtpPort) {

    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_HTTP_PORT = 8091;
    public static final int DEFAULT_SMTP_PORT = 2525;

    public SandboxSettings {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("the address to listen on must not be empty");
        }
        check("the HTTP port", httpPort);
        check("the SMTP port", smtpPort);
    }

    /** Both servers on free ports, for tests. */
    public static SandboxSettings anyFreePorts() {
        return new SandboxSettings(DEFAULT_ADDRESS, 0, 0);
    }

    /** Settings from command-line flags, then environment variables, then the defaults. */
    public static SandboxSettings from(String[] args, Map<String, String> environment) {
        Map<String, String> flags = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!name.equals("address") && !name.equals("port") && !name.equals("smtp-port")) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; use --address=<host>, --port=<n>, --smtp-port=<n>");
            }
            flags.put(name, arg.substring(equals + 1));
        }
        String address = flags.getOrDefault("address", environment.get("NOTIFICATION_SANDBOX_ADDRESS"));
        return new SandboxSettings(
                address == null || address.isBlank() ? DEFAULT_ADDRESS : address.trim(),
                number(flags.getOrDefault("port", environment.get("NOTIFICATION_SANDBOX_PORT")), "port", DEFAULT_HTTP_PORT),
                number(flags.getOrDefault("smtp-port", environment.get("NOTIFICATION_SANDBOX_SMTP_PORT")), "smtp-port",
                        DEFAULT_SMTP_PORT));
    }

    private static int number(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static void check(String what, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(what + " must be between 0 and 65535, was " + port);
        }
    }
}
