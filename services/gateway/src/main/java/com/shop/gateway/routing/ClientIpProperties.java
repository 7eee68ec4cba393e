package com.shop.gateway.routing;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * {@code gateway.client-ip.*}: where the client's address comes from. {@code header} names the header a proxy in front
 * sets to it (e.g. nginx's {@code X-Real-IP}; empty: the peer's address is the client's); {@code trusted-proxies} the
 * addresses and CIDR ranges of the peers that header is believed from. From any other peer, a client that reached the
 * gateway directly, it could name any address, and the peer's is taken instead.
 */
@Validated
@ConfigurationProperties("gateway.client-ip")
public record ClientIpProperties(
        @NotNull @DefaultValue("") String header,
        @NotNull @DefaultValue({"127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"})
        List<AddressRange> trustedProxies) {
}
