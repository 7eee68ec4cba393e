package com.shop.connectors.payment.sandbox;

import com.shop.connectors.payment.Charge;
import com.shop.connectors.payment.Refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A charge the sandbox took, with the refunds given back on it; guarded by the ledger's lock. */
final class SandboxCharge {

    private final String id;
    private final String idempotencyKey;
    private final BigDecimal amount;
    private final String currency;
    private final String source;
    private final Instant createdAt;
    private final List<Refund> refunds = new ArrayList<>();

    SandboxCharge(String id, String idempotencyKey, BigDecimal amount, String currency, String source, Instant createdAt) {
        this.id = id;
        this.idempotencyKey = idempotencyKey;
        this.amount = amount;
        this.currency = currency;
        this.source = source;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String currency() {
        return currency;
    }

    BigDecimal refundable() {
        return amount.subtract(refunded());
    }

    void add(Refund refund) {
        refunds.add(refund);
    }

    Charge snapshot() {
        BigDecimal refunded = refunded();
        String status = refunded.signum() == 0 ? Charge.SUCCEEDED
                : refunded.compareTo(amount) < 0 ? Charge.PARTIALLY_REFUNDED : Charge.REFUNDED;
        return new Charge(id, idempotencyKey, amount, currency, source, status, refunded, refunds, createdAt);
    }

    private BigDecimal refunded() {
        return refunds.stream().map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
