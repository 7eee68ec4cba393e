package com.shop.routes.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class FromThisMachineTest {

    private final FromThisMachine fromThisMachine = new FromThisMachine();

    @Test
    void aRequestOverALoopbackConnectionToALoopbackNameMatches() {
        assertThat(fromThisMachine.matches(request("127.0.0.1", "127.0.0.1"))).isTrue();
        assertThat(fromThisMachine.matches(request("0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(fromThisMachine.matches(request("::1", "127.0.0.1"))).isTrue();
    }

    @Test
    void aRequestFromAnotherMachineSayingHostLocalhostDoesNotMatch() {
        assertThat(fromThisMachine.matches(request("203.0.113.7", "203.0.113.7"))).isFalse();
        assertThat(fromThisMachine.matches(request("fd00::7", "fd00::7"))).isFalse();
    }

    /** Tomcat's forwarded-header handling made the remote address the one X-Forwarded-For named. */
    @Test
    void aForwardedForLoopbackFromAPrivateNetworkPeerDoesNotMatch() {
        assertThat(fromThisMachine.matches(request("10.0.0.5", "127.0.0.1"))).isFalse();
    }

    @Test
    void aClientThatALoopbackProxyForwardsForDoesNotMatch() {
        assertThat(fromThisMachine.matches(request("127.0.0.1", "10.0.0.5"))).isFalse();
    }

    @Test
    void aRequestWhosePeerWasNotRecordedDoesNotMatch() {
        MockHttpServletRequest request = request("127.0.0.1", "127.0.0.1");
        request.removeAttribute(FromThisMachine.PEER_ADDRESS);

        assertThat(fromThisMachine.matches(request)).isFalse();
    }

    @Test
    void aPeerThatIsNotAnAddressDoesNotMatch() {
        assertThat(fromThisMachine.matches(request("localhost", "127.0.0.1"))).isFalse();
        assertThat(fromThisMachine.matches(request("127.0.0.1", "localhost"))).isFalse();
    }

    private static MockHttpServletRequest request(String peer, String remoteAddress) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/jolokia/version");
        request.setServerName("localhost");
        request.setRemoteAddr(remoteAddress);
        request.setAttribute(FromThisMachine.PEER_ADDRESS, peer);
        return request;
    }
}
