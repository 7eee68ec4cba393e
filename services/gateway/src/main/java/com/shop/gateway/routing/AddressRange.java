package com.shop.gateway.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One address or CIDR range of addresses, IPv4 or IPv6 ({@code 192.0.2.7}, {@code 10.0.0.0/8}, {@code fc00::/7}). Read
 * without any DNS lookup: a text that is not an address literal is no address. An IPv4-mapped IPv6 address
 * ({@code ::ffff:10.0.0.1}) is the IPv4 address it maps.
 */
public final class AddressRange {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** Hex digits and colons, dots for an embedded IPv4 address: {@link InetAddress} reads such a text as a literal. */
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private AddressRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /** The range a setting names; what is not one is refused with the syntax expected. */
    public static AddressRange of(String text) {
        String range = text.trim();
        int slash = range.indexOf('/');
        byte[] network = address(slash < 0 ? range : range.substring(0, slash)).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not an IPv4 or IPv6 address or CIDR range, such as 10.0.0.0/8 or fc00::/7"));
        int bits = network.length * 8;
        if (slash < 0) {
            return new AddressRange(network, bits, range);
        }
        String prefix = range.substring(slash + 1);
        if (!PREFIX.matcher(prefix).matches() || Integer.parseInt(prefix) > bits) {
            throw new IllegalArgumentException("'" + text + "' has a prefix length that is not 0 to " + bits);
        }
        return new AddressRange(network, Integer.parseInt(prefix), range);
    }

    /** Whether an address (a peer's, as the server gives it) is in this range: never when it is no address. */
    public boolean contains(String address) {
        return address(address).filter(bytes -> bytes.length == network.length && samePrefix(bytes)).isPresent();
    }

    private boolean samePrefix(byte[] address) {
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest);
        return (address[whole] & mask) == (network[whole] & mask);
    }

    /**
     * The bytes of an address literal: IPv4 in dotted decimal without leading zeros, or IPv6 without brackets or zone
     * ({@code %eth0}), which {@link InetAddress} parses and, as it starts with a hex digit or a colon and has a colon,
     * never looks up.
     */
    private static Optional<byte[]> address(String text) {
        if (IPV4.matcher(text).matches()) {
            String[] octets = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(octets[i]);
            }
            return Optional.of(bytes);
        }
        if (!IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
