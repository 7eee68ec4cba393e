package com.shop.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The address of the client a request came from, as far as the gateway can trust it: the value of the header a proxy in
 * front sets ({@code gateway.client-ip.header}, e.g. nginx's {@code X-Real-IP}) when one is configured, the peer is one
 * of {@code gateway.client-ip.trusted-proxies} and the header has a value; else the peer's address. What the client
 * itself says (its own {@code X-Forwarded-For}, or that header when it calls the gateway directly) never counts: the
 * rate limits use this address, and the services, which trust the gateway, receive it as {@code X-Forwarded-For}.
 */
@Component
public class ClientAddress {

    private final String header;
    private final List<AddressRange> trustedProxies;

    public ClientAddress(ClientIpProperties properties) {
        this.header = properties.header();
        this.trustedProxies = List.copyOf(properties.trustedProxies());
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (header.isBlank() || trustedProxies.stream().noneMatch(range -> range.contains(peer))) {
            return peer;
        }
        String forwarded = request.getHeader(header);
        return forwarded == null || forwarded.isBlank() ? peer : forwarded.trim();
    }
}
