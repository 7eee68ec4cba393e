package com.shop.payment.provider;

import com.shop.connectors.payment.Charge;
import com.shop.connectors.payment.ChargeRequest;
import com.shop.connectors.payment.Outcome;
import com.shop.connectors.payment.PaymentProviderClient;
import com.shop.connectors.payment.ProviderUnavailableException;
import com.shop.connectors.payment.Refund;
import com.shop.connectors.payment.RefundRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Makes one call to the provider for a {@link ProviderRequest} and times it. Runs inside the circuit breaker:
 * a {@link ProviderUnavailableException} counts as a failure there, a decline does not.
 */
@Component
public class ProviderCalls {

    private final PaymentProviderClient client;
    private final MeterRegistry meters;

    public ProviderCalls(PaymentProviderClient client, MeterRegistry meters) {
        this.client = client;
        this.meters = meters;
    }

    public ProviderReply call(ProviderRequest request) {
        String operation = request.operation().name().toLowerCase(Locale.ROOT);
        Timer.Sample sample = Timer.start(meters);
        String result = "unavailable";
        try {
            ProviderReply reply = switch (request.operation()) {
                case AUTHORIZE -> charge(client.authorize(new ChargeRequest(request.idempotencyKey(), request.amount(),
                        request.currency(), request.paymentMethod(), "order " + request.orderId())));
                case LOOKUP -> client.lookup(request.idempotencyKey()).map(ProviderCalls::charge).orElseGet(ProviderReply::notFound);
                case REFUND -> refund(client.refund(new RefundRequest(request.chargeReference(), request.idempotencyKey(),
                        request.amount())));
            };
            result = reply.verdict().name().toLowerCase(Locale.ROOT);
            return reply;
        } catch (ProviderUnavailableException e) {
            Counter.builder("payments.provider.errors").description("Provider calls that got no decision")
                    .tag("operation", operation).register(meters).increment();
            throw e;
        } finally {
            sample.stop(Timer.builder("payments.provider.latency").description("Time of a call to the payment provider")
                    .tag("operation", operation).tag("result", result).register(meters));
        }
    }

    private static ProviderReply charge(Outcome<Charge> outcome) {
        if (outcome instanceof Outcome.Approved<Charge> approved) {
            return ProviderReply.approved(approved.value().id());
        }
        Outcome.Declined<Charge> declined = (Outcome.Declined<Charge>) outcome;
        return ProviderReply.declined(declined.code(), declined.reason());
    }

    private static ProviderReply refund(Outcome<Refund> outcome) {
        if (outcome instanceof Outcome.Approved<Refund> approved) {
            return ProviderReply.approved(approved.value().id());
        }
        Outcome.Declined<Refund> declined = (Outcome.Declined<Refund>) outcome;
        return ProviderReply.declined(declined.code(), declined.reason());
    }
}
