package com.shop.order.catalog;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Asks the catalogue about the skus of an order, one call per distinct sku; stops at the first call that gets no answer. */
@Component
public class CatalogClient {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogClient.class);

    private final ProducerTemplate producer;

    public CatalogClient(ProducerTemplate producer) {
        this.producer = producer;
    }

    public Map<String, CatalogAnswer> lookUp(Collection<String> skus) {
        Map<String, CatalogAnswer> answers = new LinkedHashMap<>();
        for (String sku : new TreeSet<>(skus)) {
            Exchange call = producer.send(CatalogRoutes.PRODUCT, exchange -> exchange.setProperty(CatalogAnswers.SKU, sku));
            CatalogAnswer answer = call.getMessage().getBody(CatalogAnswer.class);
            if (call.getException() != null || answer == null) {
                LOG.error("the catalogue call for {} failed", sku, call.getException());
                answer = new CatalogAnswer.Unavailable("the catalogue could not be called");
            }
            answers.put(sku, answer);
            if (answer instanceof CatalogAnswer.Unavailable) {
                break;
            }
        }
        return answers;
    }
}
