package com.shop.users.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.shop.routes.security.ShopSecurityProperties;
import com.shop.users.token.TokenProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys that sign access tokens. The first start creates one (RSA 2048); rotation creates a new active
 * key and retires the old one, which stays published until every token it signed has expired. Instances
 * of the service share the keys through the database; private keys are opened once per process.
 */
@Service
public class SigningKeys implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    private static final Duration LOCAL_CACHE = Duration.ofSeconds(30);

    private final SigningKeyStore store;
    private final KeySealer sealer;
    private final KeyProperties properties;
    private final Duration retention;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, RSAKey> opened = new ConcurrentHashMap<>();

    SigningKeys(SigningKeyStore store, KeySealer sealer, KeyProperties properties, TokenProperties tokens,
                ShopSecurityProperties security, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.properties = properties;
        this.retention = tokens.accessTtl().plus(security.clockSkew()).plus(Duration.ofMinutes(1));
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates the first key if there is none, and proves the configured secret opens the active one. */
    @Override
    public void afterPropertiesSet() {
        StoredKey active = transactions.execute(status -> {
            store.lock();
            return store.active().orElseGet(() -> create(clock.instant()));
        });
        open(active);
    }

    /** The private key that signs new tokens. */
    public RSAKey signingKey() {
        return open(store.active().orElseThrow(() -> new IllegalStateException("there is no active signing key")));
    }

    /** The public keys of every token that may still be valid: the active key and the recently retired ones. */
    public JWKSet publishedKeys() {
        List<JWK> keys = store.publishedSince(clock.instant().minus(retention)).stream()
                .map(SigningKeys::publicJwk).toList();
        return new JWKSet(keys);
    }

    /** The published keys for checking tokens in this service, cached briefly and re-read for an unknown key id. */
    public JWKSource<SecurityContext> verificationKeys() {
        return JWKSourceBuilder.create(new StoredKeysSource(this::publishedKeys))
                .cache(LOCAL_CACHE.toMillis(), LOCAL_CACHE.toMillis() / 2)
                .refreshAheadCache(false)
                .rateLimited(false)
                .retrying(false)
                .build();
    }

    /** Makes a new active key now; the previous one keeps verifying its tokens. */
    public String rotate() {
        return transactions.execute(status -> {
            store.lock();
            return create(clock.instant()).kid();
        });
    }

    /** Rotates when the active key is older than the rotation interval; the new key's id, if it did. */
    public Optional<String> rotateIfDue() {
        return transactions.execute(status -> {
            store.lock();
            Instant now = clock.instant();
            boolean due = store.active().map(key -> key.createdAt().plus(properties.rotationInterval()).isBefore(now)).orElse(true);
            return due ? Optional.of(create(now).kid()) : Optional.<String>empty();
        });
    }

    /** Deletes retired keys whose tokens have all expired. */
    public int purgeRetired() {
        return transactions.execute(status -> store.deleteRetiredBefore(clock.instant().minus(retention)));
    }

    private StoredKey create(Instant now) {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).issueTime(Date.from(now)).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a signing key", e);
        }
        store.insert(key.getKeyID(), key.toPublicJWK().toJSONString(), sealer.seal(key), now);
        store.retireAllBut(key.getKeyID(), now);
        opened.put(key.getKeyID(), key);
        LOG.info("created signing key {}", key.getKeyID());
        return store.find(key.getKeyID()).orElseThrow();
    }

    private RSAKey open(StoredKey key) {
        return opened.computeIfAbsent(key.kid(), kid -> sealer.open(kid, key.sealedJwk()));
    }

    private static JWK publicJwk(StoredKey key) {
        try {
            return JWK.parse(key.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("the stored public key " + key.kid() + " is not a JWK", e);
        }
    }
}
