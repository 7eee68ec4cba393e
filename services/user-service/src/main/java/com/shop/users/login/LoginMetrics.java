package com.shop.users.login;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Business counters of logins and token refreshes by outcome, beside Camel's per-route metrics. */
@Component
class LoginMetrics {

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void login(String outcome) {
        registry.counter("users.logins", "outcome", outcome).increment();
    }

    void refresh(String outcome) {
        registry.counter("users.token.refreshes", "outcome", outcome).increment();
    }
}
