package com.shop.inventory.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Business counters of reservations, beside Camel's per-route metrics. */
@Component
class ReservationMetrics {

    private final Counter accepted;
    private final Counter rejected;
    private final Counter unitsReserved;
    private final Counter confirmed;
    private final MeterRegistry registry;

    ReservationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = Counter.builder("inventory.reservations").tag("outcome", "accepted")
                .description("Reservations answered").register(registry);
        this.rejected = Counter.builder("inventory.reservations").tag("outcome", "rejected")
                .description("Reservations answered").register(registry);
        this.unitsReserved = Counter.builder("inventory.units.reserved").description("Units reserved").register(registry);
        this.confirmed = Counter.builder("inventory.reservations.confirmed").description("Reservations turned into sales").register(registry);
    }

    void accepted(int units) {
        accepted.increment();
        unitsReserved.increment(units);
    }

    void rejected() {
        rejected.increment();
    }

    void confirmed() {
        confirmed.increment();
    }

    void released(String why) {
        registry.counter("inventory.reservations.released", "reason", why).increment();
    }
}
