package com.shop.users.registration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Business counter of accounts created, beside Camel's per-route metrics. */
@Component
class RegistrationMetrics {

    private final Counter registered;

    RegistrationMetrics(MeterRegistry registry) {
        this.registered = Counter.builder("users.registrations").description("Accounts created").register(registry);
    }

    void registered() {
        registered.increment();
    }
}
