package com.shop.connectors.payment;

/**
 * Sorts the provider's HTTP statuses into approved, declined for good and transient. The rule of thumb:
 * only an answer about the request itself (the card, the amount, the charge) is a decline; anything that
 * says the provider, the network or our own credentials are in trouble is transient, because a customer's
 * payment must not be declined for a fault that is not theirs.
 */
public final class ResponseClassifier {

    private ResponseClassifier() {
    }

    public static ResponseClass classify(int status) {
        if (status >= 200 && status < 300) {
            return ResponseClass.APPROVED;
        }
        return switch (status) {
            // timeout, concurrent request with the same idempotency key, too early, throttled
            case 408, 409, 425, 429 -> ResponseClass.TRANSIENT;
            // our API credentials were refused: an operator must fix them; the customer's card is not at fault
            case 401, 403 -> ResponseClass.TRANSIENT;
            default -> status >= 400 && status < 500 ? ResponseClass.DECLINED : ResponseClass.TRANSIENT;
        };
    }
}
