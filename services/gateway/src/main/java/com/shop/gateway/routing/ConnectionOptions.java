package com.shop.gateway.routing;

/**
 * The header names a {@code Connection} header lists (RFC 9110 section 7.6.1): they describe that one connection,
 * so a proxy removes them along with the standard hop-by-hop headers before it forwards a message.
 */
final class ConnectionOptions {

    private ConnectionOptions() {
    }

    /** Whether {@code connection} (the header's value, several lines joined by commas, or null) lists {@code name}. */
    static boolean lists(String connection, String name) {
        if (connection == null) {
            return false;
        }
        for (String option : connection.split(",")) {
            if (option.trim().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** A header's value as text, its lines joined by commas when the message keeps them as a list. */
    static String text(Object value) {
        if (value instanceof Iterable<?> lines) {
            StringBuilder joined = new StringBuilder();
            for (Object line : lines) {
                joined.append(joined.isEmpty() ? "" : ",").append(line);
            }
            return joined.toString();
        }
        return value == null ? null : value.toString();
    }
}
