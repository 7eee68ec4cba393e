package com.shop.gateway.routing;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(new ClientIpProperties("X-Real-IP",
            List.of(AddressRange.of("10.0.0.0/8"), AddressRange.of("fd00::/8"))));

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(behindProxies.of(request("10.1.2.3", "203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of(request("fd00:0:0:0:0:0:0:7", " 2001:db8::9 "))).isEqualTo("2001:db8::9");
    }

    @Test
    void anyOtherPeerIsTheClientWhateverTheHeaderSays() {
        assertThat(behindProxies.of(request("198.51.100.4", "203.0.113.9"))).isEqualTo("198.51.100.4");
        assertThat(behindProxies.of(request("11.0.0.1", "203.0.113.9"))).isEqualTo("11.0.0.1");
        assertThat(behindProxies.of(request("fe80:0:0:0:0:0:0:7", "203.0.113.9"))).isEqualTo("fe80:0:0:0:0:0:0:7");
    }

    @Test
    void aTrustedProxyThatSaysNothingIsTheClient() {
        assertThat(behindProxies.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of(request("10.1.2.3", " "))).isEqualTo("10.1.2.3");
    }

    @Test
    void withoutAHeaderOrATrustedProxyThePeerIsTheClient() {
        ClientAddress direct = new ClientAddress(new ClientIpProperties("", List.of(AddressRange.of("0.0.0.0/0"))));
        ClientAddress trustingNone = new ClientAddress(new ClientIpProperties("X-Real-IP", List.of()));

        assertThat(direct.of(request("10.1.2.3", "203.0.113.9"))).isEqualTo("10.1.2.3");
        assertThat(trustingNone.of(request("127.0.0.1", "203.0.113.9"))).isEqualTo("127.0.0.1");
    }

    private static MockHttpServletRequest request(String peer, String realIp) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/products");
        request.setRemoteAddr(peer);
        if (realIp != null) {
            request.addHeader("X-Real-IP", realIp);
        }
        return request;
    }
}
