package com.shop.gateway.routing;

import com.shop.gateway.ratelimit.RateLimitProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The address of the client a request came from, as far as the gateway can trust it: the value of the header a proxy in
 * front sets ({@code gateway.rate-limit.client-ip-header}, e.g. nginx's {@code X-Real-IP}) when one is configured and
 * present, else the peer's address. What the client itself says (its own {@code X-Forwarded-For}) never counts: the
 * rate limits use this address, and the services, which trust the gateway, receive it as {@code X-Forwarded-For}.
 */
@Component
public class ClientAddress {

    private final String header;

    public ClientAddress(RateLimitProperties properties) {
        this.header = properties.clientIpHeader();
    }

    public String of(HttpServletRequest request) {
        String forwarded = header.isBlank() ? null : request.getHeader(header);
        return forwarded == null || forwarded.isBlank() ? request.getRemoteAddr() : forwarded.trim();
    }
}
