package com.shop.order.customers;

import com.shop.kafka.events.InboundOrder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A partner order that names its customer by id must name an account. An id the projection does not know is unknown
 * only once the projection has applied everything {@code users.events} held at that first miss; until then (after a
 * restart, or behind a burst of registrations) the order is retried, and placed when the account arrives.
 */
@Component
public class CustomerCheck implements Processor {

    /** Exchange property: the ends of {@code users.events} at the order's first miss, kept across its retries. */
    static final String MISSED_AT = "shopCustomerMissedAt";

    private final CustomerStore customers;
    private final ProjectionOffsets offsets;
    private final Counter held;

    CustomerCheck(CustomerStore customers, ProjectionOffsets offsets, MeterRegistry registry) {
        this.customers = customers;
        this.offsets = offsets;
        this.held = Counter.builder("orders.partner.customer.waits")
                .description("Partner orders held until the customer projection had read users.events as far as when they came")
                .register(registry);
    }

    @Override
    public void process(Exchange exchange) {
        InboundOrder order = exchange.getIn().getBody(InboundOrder.class);
        String customerId = order.customerId();
        if (customerId == null || customers.hasAccount(customerId)) {
            return;
        }
        PartitionOffsets missedAt = exchange.getProperty(MISSED_AT, PartitionOffsets.class);
        boolean firstMiss = missedAt == null;
        if (firstMiss) {
            missedAt = offsets.ends();
            exchange.setProperty(MISSED_AT, missedAt);
        }
        List<String> behind = missedAt.notReachedBy(offsets.applied(missedAt.partitions()));
        if (!behind.isEmpty()) {
            if (firstMiss) {
                held.increment();
            }
            throw new CustomerNotYetKnownException(order.externalReference(), customerId, behind);
        }
        // asked again: the projection may have applied the account after the first look and before its offsets were read
        if (!customers.hasAccount(customerId)) {
            throw new UnknownCustomerException(order.externalReference(), customerId);
        }
    }
}
