package com.shop.connectors.payment.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The card tokens the sandbox knows, each with the behaviour of a real provider's test mode. */
enum TestCard {

    /** Approved at once. */
    VISA("tok_visa"),
    /** Declined by the issuer: 402 {@code card_declined}, nothing charged. */
    DECLINED("tok_chargeDeclined"),
    /** Charged, but the first answer under an idempotency key comes only after the slow-response delay. */
    TIMEOUT("tok_timeout"),
    /** 503 for the first attempts under an idempotency key, then approved. */
    TRANSIENT("tok_transient");

    private final String token;

    TestCard(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    static Optional<TestCard> byToken(String token) {
        return Arrays.stream(values()).filter(card -> card.token.equals(token)).findFirst();
    }
}
