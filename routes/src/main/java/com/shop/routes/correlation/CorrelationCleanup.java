package com.shop.routes.correlation;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/** Removes the correlation id and trace context from the MDC when the exchange is done, so a pooled thread does not keep them. */
final class CorrelationCleanup extends SynchronizationAdapter {

    @Override
    public void onDone(Exchange exchange) {
        Correlation.clear();
    }
}
