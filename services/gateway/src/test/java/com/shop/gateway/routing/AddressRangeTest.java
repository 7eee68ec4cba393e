package com.shop.gateway.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangeTest {

    @Test
    void anIpv4RangeHoldsTheAddressesUnderItsPrefixUpToItsEdges() {
        AddressRange range = AddressRange.of("172.16.0.0/12");

        assertThat(range.contains("172.16.0.0")).isTrue();
        assertThat(range.contains("172.31.255.255")).isTrue();
        assertThat(range.contains("172.15.255.255")).isFalse();
        assertThat(range.contains("172.32.0.0")).isFalse();
    }

    @Test
    void aSingleAddressHoldsOnlyItself() {
        assertThat(AddressRange.of("192.0.2.7").contains("192.0.2.7")).isTrue();
        assertThat(AddressRange.of("192.0.2.7").contains("192.0.2.8")).isFalse();
        assertThat(AddressRange.of("192.0.2.7/32").contains("192.0.2.6")).isFalse();
    }

    @Test
    void aZeroPrefixHoldsEveryAddressOfItsFamilyOnly() {
        assertThat(AddressRange.of("0.0.0.0/0").contains("203.0.113.9")).isTrue();
        assertThat(AddressRange.of("0.0.0.0/0").contains("2001:db8::1")).isFalse();
        assertThat(AddressRange.of("::/0").contains("2001:db8::1")).isTrue();
        assertThat(AddressRange.of("::/0").contains("203.0.113.9")).isFalse();
    }

    @Test
    void anIpv6RangeHoldsTheAddressesUnderItsPrefixInAnyNotation() {
        AddressRange unique = AddressRange.of("fc00::/7");

        assertThat(unique.contains("fd12:3456:789a::1")).isTrue();
        assertThat(unique.contains("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).isTrue();
        assertThat(unique.contains("fe00::1")).isFalse();
        assertThat(unique.contains("fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).isFalse();
        assertThat(AddressRange.of("::1/128").contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(AddressRange.of("2001:db8::/33").contains("2001:db8:7fff::1")).isTrue();
        assertThat(AddressRange.of("2001:db8::/33").contains("2001:db8:8000::1")).isFalse();
    }

    @Test
    void anIpv4MappedIpv6AddressIsTheIpv4AddressItMaps() {
        assertThat(AddressRange.of("10.0.0.0/8").contains("::ffff:10.1.2.3")).isTrue();
        assertThat(AddressRange.of("10.0.0.0/8").contains("::ffff:11.1.2.3")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "localhost", "10.0.0", "10.0.0.256", "010.0.0.1", "fe80::1%eth0", "2001:db8::g", "[::1]", "gateway:8080", ".:1"})
    void whatIsNoAddressIsInNoRange(String address) {
        assertThat(AddressRange.of("0.0.0.0/0").contains(address)).isFalse();
        assertThat(AddressRange.of("::/0").contains(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8x", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/1000", "gateway.example", "nginx:80", "10.0.0.0/8/8"})
    void aMalformedRangeIsRefusedWithTheExpectedSyntax(String text) {
        assertThatThrownBy(() -> AddressRange.of(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
    }

    @Test
    void aPrefixLongerThanTheAddressIsRefused() {
        assertThatThrownBy(() -> AddressRange.of("10.0.0.0/33")).hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> AddressRange.of("fc00::/129")).hasMessageContaining("0 to 128");
    }

    @Test
    void aRangeReadsAsWritten() {
        assertThat(AddressRange.of(" fc00::/7 ")).hasToString("fc00::/7");
    }
}
