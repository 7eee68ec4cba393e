package com.shop.users.login;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Business counters of logins and token refreshes by outcome, beside Camel's per-route metrics, and of logins that
 * waited for others in progress before the throttle let them through or refused them.
 */
@Component
class LoginMetrics {

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void login(String outcome) {
        registry.counter("users.logins", "outcome", outcome).increment();
    }

    void loginWaits() {
        registry.counter("users.logins.waits").increment();
    }

    void refresh(String outcome) {
        registry.counter("users.token.refreshes", "outcome", outcome).increment();
    }
}
