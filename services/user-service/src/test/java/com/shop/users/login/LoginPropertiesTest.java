package com.shop.users.login;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void aLoginWaitsTwoSecondsForOthersInProgressAndOneUnsettledForAMinuteCountsAsFailedUnlessSetOtherwise() {
        context.run(ctx -> {
            LoginProperties properties = ctx.getBean(LoginProperties.class);
            assertThat(properties.settleWait()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.abandonedAfter()).isEqualTo(Duration.ofMinutes(1));
        });
        context.withPropertyValues("user.login.settle-wait=0s", "user.login.abandoned-after=30s")
                .run(ctx -> {
                    assertThat(ctx.getBean(LoginProperties.class).settleWait()).isZero();
                    assertThat(ctx.getBean(LoginProperties.class).abandonedAfter()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void aNegativeOrLongSettleWaitStopsTheStart() {
        context.withPropertyValues("user.login.settle-wait=-1s").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().hasStackTraceContaining("settleWait"));
        context.withPropertyValues("user.login.settle-wait=31s").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().hasStackTraceContaining("settleWait"));
    }

    @Test
    void anAbandonedAfterNotShorterThanTheWindowStopsTheStart() {
        context.withPropertyValues("user.login.abandoned-after=15m").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().hasStackTraceContaining("abandoned-after must be shorter than failure-window"));
        context.withPropertyValues("user.login.abandoned-after=500ms").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().hasStackTraceContaining("abandonedAfter"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LoginProperties.class)
    static class Settings {
    }
}
