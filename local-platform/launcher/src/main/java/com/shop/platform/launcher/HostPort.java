package com.shop.platform.launcher;

/** A {@code host:port} address given on the command line or in the environment. */
public record HostPort(String host, int port) {

    /** Parses {@code host:port}, or a bare {@code host} with {@code defaultPort}; {@code source} names the setting in errors. */
    public static HostPort parse(String text, int defaultPort, String source) {
        String trimmed = text.trim();
        int colon = trimmed.lastIndexOf(':');
        String host = colon < 0 ? trimmed : trimmed.substring(0, colon);
        if (host.isEmpty() || host.contains(":") || host.contains(",")) {
            throw new UsageException(source + " must be host:port, not '" + text + "'");
        }
        int port = colon < 0 ? defaultPort : Ports.parse(trimmed.substring(colon + 1), source);
        return new HostPort(host, port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
