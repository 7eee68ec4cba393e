package com.shop.gateway.routing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ClientIpPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theHeaderIsBelievedFromLoopbackAndPrivateAddressesUnlessSetOtherwise() {
        context.run(ctx -> {
            ClientIpProperties properties = ctx.getBean(ClientIpProperties.class);
            assertThat(properties.header()).isEmpty();
            assertThat(properties.trustedProxies()).map(AddressRange::toString)
                    .containsExactly("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7");
        });
        context.withPropertyValues("gateway.client-ip.trusted-proxies=192.0.2.10, 2001:db8::/32")
                .run(ctx -> assertThat(ctx.getBean(ClientIpProperties.class).trustedProxies()).map(AddressRange::toString)
                        .containsExactly("192.0.2.10", "2001:db8::/32"));
    }

    @Test
    void aMalformedRangeStopsTheStartNamingTheSettingAndTheSyntax() {
        context.withPropertyValues("gateway.client-ip.trusted-proxies=10.0.0.0/8,10.0.0.0/33")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).hasStackTraceContaining("gateway.client-ip.trusted-proxies")
                            .rootCause().hasMessageContaining("'10.0.0.0/33' has a prefix length that is not 0 to 32");
                });
        context.withPropertyValues("gateway.client-ip.trusted-proxies=nginx")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("'nginx' is not an IPv4 or IPv6 address or CIDR range"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClientIpProperties.class)
    static class Settings {
    }
}
