package com.shop.routes.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class ShopSecurityPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsPointAtALocalUserService() {
        context.run(ctx -> {
            ShopSecurityProperties properties = ctx.getBean(ShopSecurityProperties.class);
            assertThat(properties.jwksUri()).singleElement().hasToString("http://localhost:8081/.well-known/jwks.json");
            assertThat(properties.issuer()).isEqualTo(ShopSecurityProperties.DEFAULT_ISSUER);
            assertThat(properties.operatorConsole()).isEqualTo(ShopSecurityProperties.OperatorConsole.ADMIN);
        });
    }

    @Test
    void theKeysOfSeveralUserServiceInstancesAreOneCommaSeparatedSetting() {
        context.withPropertyValues("shop.security.jwks-uri="
                        + "http://localhost:8081/.well-known/jwks.json, http://localhost:8181/.well-known/jwks.json")
                .run(ctx -> assertThat(ctx.getBean(ShopSecurityProperties.class).jwksUri()).map(URI::toString)
                        .containsExactly("http://localhost:8081/.well-known/jwks.json", "http://localhost:8181/.well-known/jwks.json"));
    }

    @Test
    void aMalformedPathRuleStopsTheStartWithAClearMessage() {
        context.withPropertyValues("shop.security.public-paths[0]=products")
                .run(ctx -> assertThat(ctx).getFailure().rootCause()
                        .hasMessageContaining("publicPaths[0]").hasMessageContaining("<METHOD> /path/pattern"));
    }

    @Test
    void aCacheShorterThanTheRefreshIntervalStopsTheStart() {
        context.withPropertyValues("shop.security.jwks-cache-ttl=5s", "shop.security.jwks-refresh-min-interval=10s")
                .run(ctx -> assertThat(ctx).getFailure().rootCause()
                        .hasMessageContaining("jwks-cache-ttl must be longer than jwks-refresh-min-interval"));
    }

    @Configuration
    @EnableConfigurationProperties(ShopSecurityProperties.class)
    static class Settings {
    }
}
