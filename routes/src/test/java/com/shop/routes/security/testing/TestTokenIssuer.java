package com.shop.routes.security.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.shop.routes.security.Role;
import com.shop.routes.security.ShopSecurityProperties;
import com.shop.routes.security.TokenClaims;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * user-service's part in other services' tests: publishes a JWK set over real HTTP (counting the
 * fetches) and signs RS256 access tokens with its current key, as user-service does.
 */
public final class TestTokenIssuer implements AutoCloseable {

    private static volatile TestTokenIssuer shared;

    private final HttpServer server;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile RSAKey signingKey;

    private TestTokenIssuer() throws IOException {
        rotate();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(new ArrayList<JWK>(published)).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** A new issuer on a free port; close it when done. */
    public static TestTokenIssuer start() {
        try {
            return new TestTokenIssuer();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test JWKS server", e);
        }
    }

    /** One issuer for the whole test JVM, stopped when it exits. */
    public static TestTokenIssuer shared() {
        TestTokenIssuer local = shared;
        if (local == null) {
            synchronized (TestTokenIssuer.class) {
                local = shared;
                if (local == null) {
                    local = start();
                    Runtime.getRuntime().addShutdownHook(new Thread(local::close, "test-token-issuer-stop"));
                    shared = local;
                }
            }
        }
        return local;
    }

    public String jwksUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    public int jwksFetches() {
        return fetches.get();
    }

    /** Signs with a new key from now on; the previous keys stay published. */
    public RSAKey rotate() {
        RSAKey key = ForgedTokens.newKey();
        published.add(key);
        signingKey = key;
        return key;
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    public String customer(String userId) {
        return token(userId, Duration.ofMinutes(15), Role.CUSTOMER);
    }

    public String admin(String userId) {
        return token(userId, Duration.ofMinutes(15), Role.CUSTOMER, Role.ADMIN);
    }

    /** A token of {@code userId} expiring after {@code ttl} (negative: already expired). */
    public String token(String userId, Duration ttl, Role... roles) {
        return sign(claims(userId, ttl, roles).build());
    }

    public String sign(JWTClaimsSet claims) {
        return sign(signingKey, claims);
    }

    /** The claims user-service puts in an access token. */
    public static JWTClaimsSet.Builder claims(String userId, Duration ttl, Role... roles) {
        Instant now = Instant.now();
        Instant expiry = now.plus(ttl);
        Instant issued = ttl.isNegative() ? expiry.minus(Duration.ofMinutes(15)) : now;
        return new JWTClaimsSet.Builder()
                .issuer(ShopSecurityProperties.DEFAULT_ISSUER)
                .subject(userId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiry))
                .claim(TokenClaims.ROLES, Arrays.stream(roles).map(Role::name).toList());
    }

    public static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
