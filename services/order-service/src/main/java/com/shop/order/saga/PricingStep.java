package com.shop.order.saga;

import com.shop.order.catalog.CatalogClient;
import com.shop.order.catalog.Pricing;
import com.shop.order.catalog.Quote;
import com.shop.order.store.Order;
import com.shop.order.store.OrderStore;
import com.shop.kafka.events.ReservationLine;
import org.springframework.stereotype.Component;

/**
 * The pricing step of an order accepted while the catalogue was unavailable: asks the catalogue again,
 * outside any transaction, and hands the saga the prices, the refusal, or one more failed attempt.
 */
@Component
public class PricingStep {

    private final OrderStore orders;
    private final CatalogClient catalog;
    private final Sagas sagas;

    PricingStep(OrderStore orders, CatalogClient catalog, Sagas sagas) {
        this.orders = orders;
        this.catalog = catalog;
        this.sagas = sagas;
    }

    public void price(String orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> new IllegalStateException("no order " + orderId));
        var lines = order.lines().stream().map(l -> new ReservationLine(l.sku(), l.quantity())).toList();
        Quote quote = Pricing.quote(lines, catalog.lookUp(lines.stream().map(ReservationLine::sku).toList()));
        if (quote instanceof Quote.Priced priced) {
            sagas.priced(orderId, priced.lines(), priced.total(), priced.currency());
        } else if (quote instanceof Quote.Refused refused) {
            sagas.pricingRefused(orderId, "the order cannot be priced: " + refused.summary());
        } else {
            sagas.stepOverdue(orderId);
        }
    }
}
