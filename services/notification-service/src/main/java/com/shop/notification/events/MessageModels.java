package com.shop.notification.events;

import com.shop.kafka.events.LowStock;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentRefunded;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** What the templates see of each event: plain maps of text, with amounts already formatted to two decimals. */
final class MessageModels {

    private MessageModels() {
    }

    static Map<String, Object> welcome(String name) {
        return Map.of("name", name);
    }

    static Map<String, Object> confirmed(String name, OrderConfirmed order) {
        List<Map<String, Object>> lines = order.lines().stream().map(MessageModels::line).toList();
        return Map.of("name", name, "orderId", order.orderId(), "lines", lines, "total", money(order.total()),
                "currency", order.currency());
    }

    static Map<String, Object> cancelled(String name, OrderCancelled order) {
        return Map.of("name", name, "orderId", order.orderId(), "reason", order.reason(), "refunded", order.refunded());
    }

    static Map<String, Object> receipt(String name, PaymentAuthorized payment) {
        return Map.of("name", name, "orderId", payment.orderId(), "amount", money(payment.amount()), "currency", payment.currency(),
                "reference", payment.providerReference());
    }

    static Map<String, Object> refunded(String name, PaymentRefunded refund) {
        return Map.of("name", name, "orderId", refund.orderId(), "amount", money(refund.amount()), "currency", refund.currency());
    }

    static Map<String, Object> lowStock(LowStock stock) {
        return Map.of("sku", stock.sku(), "product", stock.name(), "available", stock.available(), "threshold", stock.threshold());
    }

    private static Map<String, Object> line(OrderLine line) {
        return Map.of("sku", line.sku(), "quantity", line.quantity(), "unitPrice", money(line.unitPrice()),
                "lineTotal", money(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()))));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
