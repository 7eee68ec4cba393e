package com.shop.connectors.payment;

/**
 * What the provider decided about a request: approved (with what it created) or declined for good, with the
 * provider's code and reason. A failure that may heal is not an outcome: it is a {@link ProviderUnavailableException}.
 */
public sealed interface Outcome<T> permits Outcome.Approved, Outcome.Declined {

    record Approved<T>(T value) implements Outcome<T> {
    }

    record Declined<T>(String code, String reason) implements Outcome<T> {
    }
}
