package com.shop.users.keys;

import java.time.Instant;

/** A signing key as stored: its public JWK, its sealed private JWK, and when it was made and retired (null: active). */
record StoredKey(String kid, String publicJwk, String sealedJwk, Instant createdAt, Instant retiredAt) {

    @Override
    public String toString() {
        return "StoredKey[kid=" + kid + ", createdAt=" + createdAt + ", retiredAt=" + retiredAt + "]";
    }
}
