package com.shop.routes.rest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ShopHttpPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void aRequestBodyIsAtMostOneMegabyteUnlessSetOtherwise() {
        context.run(ctx -> assertThat(ctx.getBean(ShopHttpProperties.class).maxRequestBody()).isEqualTo(DataSize.ofMegabytes(1)));
        context.withPropertyValues("shop.http.max-request-body=256KB")
                .run(ctx -> assertThat(ctx.getBean(ShopHttpProperties.class).maxRequestBody()).isEqualTo(DataSize.ofKilobytes(256)));
    }

    @Test
    void aLimitThatTakesNoBodyOrMoreThanAnArrayHoldsStopsTheStart() {
        context.withPropertyValues("shop.http.max-request-body=0B")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("shop.http.max-request-body is 0B"));
        context.withPropertyValues("shop.http.max-request-body=4GB")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("shop.http.max-request-body is 4294967296B"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ShopHttpProperties.class)
    static class Settings {
    }
}
