package com.shop.users.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;

import java.util.function.Supplier;

/** The published keys read from the database, as a source Nimbus can cache. */
final class StoredKeysSource implements JWKSetSource<SecurityContext> {

    private final Supplier<JWKSet> keys;

    StoredKeysSource(Supplier<JWKSet> keys) {
        this.keys = keys;
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context) {
        return keys.get();
    }

    @Override
    public void close() {
        // nothing to release: the keys come from the service's own database
    }
}
