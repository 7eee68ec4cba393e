package com.shop.order.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CircuitBreakerConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Turns the catalogue's HTTP answers, or their absence, into {@link CatalogAnswer}s. */
@Component
class CatalogAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogAnswers.class);

    static final String SKU = "orderCatalogSku";

    private final ObjectMapper mapper;
    private final Duration timeout;

    CatalogAnswers(ObjectMapper mapper, CatalogProperties properties) {
        this.mapper = mapper;
        this.timeout = properties.timeout();
    }

    /** A 200 is the product, a 404 an unknown sku; anything else fails the call, which the circuit breaker counts. */
    void read(Exchange exchange) {
        String sku = exchange.getProperty(SKU, String.class);
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status == 404) {
            exchange.getMessage().setBody(new CatalogAnswer.Unknown(sku));
            return;
        }
        if (status != 200) {
            throw new CatalogUnavailableException("the catalogue answered " + status + " for " + sku);
        }
        CatalogProduct product = parse(exchange.getMessage().getBody(String.class), sku);
        if (product.price() == null || product.currency() == null || !sku.equals(product.sku())) {
            throw new CatalogUnavailableException("the catalogue's answer for " + sku + " has no price, currency or matching sku");
        }
        exchange.getMessage().setBody(new CatalogAnswer.Found(product));
    }

    /**
     * The fallback: no answer this time, and why in words fit for an order's history (the short-circuit by the
     * open breaker, the timeout, or a failure whose technical detail only goes to the log).
     */
    void unavailable(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String state = exchange.getProperty(CircuitBreakerConstants.RESPONSE_STATE, String.class);
        String reason;
        if (cause != null) {
            reason = "the catalogue did not answer";
            LOG.warn("no catalogue answer for {}: {}", exchange.getProperty(SKU), cause.getMessage());
        } else if ("OPEN".equals(state) || "FORCED_OPEN".equals(state) || "HALF_OPEN".equals(state)) {
            reason = "the catalogue's circuit breaker is open";
        } else {
            reason = "the catalogue did not answer within " + timeout.toMillis() + " ms";
        }
        exchange.getMessage().setBody(new CatalogAnswer.Unavailable(reason));
    }

    private CatalogProduct parse(String json, String sku) {
        try {
            return mapper.readValue(json, CatalogProduct.class);
        } catch (JsonProcessingException e) {
            throw new CatalogUnavailableException("the catalogue's answer for " + sku + " is not a product: " + e.getOriginalMessage());
        }
    }
}
