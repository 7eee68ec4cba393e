package com.shop.routes.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.ResourceRetriever;

import java.net.URL;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JWK set from whichever user-service instance answers: the URLs are asked in turn, starting with the one
 * that answered last, and the next one is asked when one refuses the connection, times out, answers with an
 * HTTP error or with something that is not a JWK set. Only when none answers is the set unavailable.
 */
final class FailoverJWKSetSource implements JWKSetSource<SecurityContext> {

    private final List<URLBasedJWKSetSource<SecurityContext>> instances;
    private final AtomicInteger lastAnswered = new AtomicInteger();

    FailoverJWKSetSource(List<URL> urls, ResourceRetriever retriever) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one JWK set URL is needed");
        }
        this.instances = urls.stream().map(url -> new URLBasedJWKSetSource<SecurityContext>(url, retriever)).toList();
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        int first = lastAnswered.get();
        JWKSetUnavailableException failure = null;
        for (int attempt = 0; attempt < instances.size(); attempt++) {
            int instance = (first + attempt) % instances.size();
            try {
                JWKSet keys = instances.get(instance).getJWKSet(refreshEvaluator, currentTime, context);
                lastAnswered.set(instance);
                return keys;
            } catch (JWKSetUnavailableException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    @Override
    public void close() {
    }
}
