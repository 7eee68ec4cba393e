package com.shop.routes.security;

import com.shop.routes.security.testing.TestTokenIssuer;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwksFailoverTest {

    private final TestTokenIssuer issuer = TestTokenIssuer.start();
    private final AtomicInteger brokenInstanceCalls = new AtomicInteger();
    private final HttpServer brokenInstance = serverErrors();

    @AfterEach
    void stopServers() {
        issuer.close();
        brokenInstance.stop(0);
    }

    @Test
    void theKeysComeFromTheNextInstanceWhenTheFirstRefusesTheConnection() throws IOException {
        JwtDecoder decoder = decoder(closedPortUri(), issuer.jwksUri());

        assertThat(decoder.decode(issuer.customer("ann")).getSubject()).isEqualTo("ann");
        assertThat(issuer.jwksFetches()).isEqualTo(1);
    }

    @Test
    void theKeysComeFromTheNextInstanceWhenTheFirstAnswersWithAnError() {
        JwtDecoder decoder = decoder(brokenInstanceUri(), issuer.jwksUri());

        assertThat(decoder.decode(issuer.customer("ann")).getSubject()).isEqualTo("ann");
        assertThat(brokenInstanceCalls).hasValue(1);
        assertThat(issuer.jwksFetches()).isEqualTo(1);
    }

    @Test
    void theInstanceThatAnsweredIsAskedFirstForTheNextRefreshAndTheSetStaysCached() {
        JwtDecoder decoder = decoder(brokenInstanceUri(), issuer.jwksUri());
        decoder.decode(issuer.customer("ann"));
        decoder.decode(issuer.customer("bob"));
        issuer.rotate();

        assertThat(decoder.decode(issuer.customer("cid")).getSubject()).isEqualTo("cid");
        assertThat(brokenInstanceCalls).hasValue(1);
        assertThat(issuer.jwksFetches()).isEqualTo(2);
    }

    @Test
    void whenNoInstanceAnswersTheTokenCannotBeCheckedRatherThanBeingInvalid() throws IOException {
        JwtDecoder decoder = decoder(closedPortUri(), brokenInstanceUri());

        assertThatThrownBy(() -> decoder.decode(issuer.customer("ann")))
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);
        assertThat(brokenInstanceCalls).hasPositiveValue();
    }

    private static JwtDecoder decoder(String... jwksUris) {
        return ShopJwtDecoders.fromJwksUri(new ShopSecurityProperties(true, Arrays.stream(jwksUris).map(URI::create).toList(),
                ShopSecurityProperties.DEFAULT_ISSUER, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10),
                List.of(), List.of(), ShopSecurityProperties.OperatorConsole.ADMIN, 1024));
    }

    /** A port nothing listens on: connecting to it is refused. */
    private static String closedPortUri() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://localhost:" + socket.getLocalPort() + "/.well-known/jwks.json";
        }
    }

    private String brokenInstanceUri() {
        return "http://localhost:" + brokenInstance.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** An instance that is up but answers every request with a 500. */
    private HttpServer serverErrors() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                brokenInstanceCalls.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the failing JWKS server", e);
        }
    }
}
