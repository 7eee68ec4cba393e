package com.shop.routes.security;

import com.shop.routes.security.testing.ForgedTokens;
import com.shop.routes.security.testing.TestTokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class JwksCachingTest {

    private final TestTokenIssuer issuer = TestTokenIssuer.start();
    private final JwtDecoder decoder = ShopJwtDecoders.fromJwksUri(properties(issuer.jwksUri()));

    @AfterEach
    void stopIssuer() {
        issuer.close();
    }

    @Test
    void theKeysAreFetchedOnceForManyTokens() {
        IntStream.range(0, 20).forEach(i -> decoder.decode(issuer.customer("user-" + i)));
        assertThat(issuer.jwksFetches()).isEqualTo(1);
    }

    @Test
    void aNewKeyTriggersOneRefreshNotOnePerRequest() {
        decoder.decode(issuer.customer("ann"));
        issuer.rotate();
        List<String> tokens = IntStream.range(0, 20).mapToObj(i -> issuer.customer("user-" + i)).toList();
        tokens.parallelStream().forEach(decoder::decode);
        assertThat(issuer.jwksFetches()).isEqualTo(2);
    }

    @Test
    void tokensWithMadeUpKeyIdsCannotMakeTheServiceHammerUserService() {
        decoder.decode(issuer.customer("ann"));
        for (int i = 0; i < 30; i++) {
            String forged = TestTokenIssuer.sign(ForgedTokens.newKey(),
                    TestTokenIssuer.claims("ann", Duration.ofMinutes(5), Role.CUSTOMER).build());
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(issuer.jwksFetches()).isLessThanOrEqualTo(3);
        assertThat(decoder.decode(issuer.customer("ann")).getSubject()).isEqualTo("ann");
    }

    @Test
    void whenUserServiceIsUnreachableAndNoKeysAreKnownTheTokenCannotBeCheckedRatherThanBeingInvalid() {
        String token = issuer.customer("ann");
        JwtDecoder unreachable = ShopJwtDecoders.fromJwksUri(properties("http://localhost:1/.well-known/jwks.json"));
        assertThatThrownBy(() -> unreachable.decode(token))
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEveryTimeItIsSent() {
        String foreign = issuer.sign(TestTokenIssuer.claims("ann", Duration.ofMinutes(5), Role.CUSTOMER)
                .issuer("urn:someone-else").build());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtValidationException.class)
                    .hasMessageContaining("iss");
        }
    }

    @Test
    void aTokenSentAgainAfterItExpiredIsRefused() {
        JwtDecoder noSkew = ShopJwtDecoders.fromJwksUri(properties(issuer.jwksUri(), Duration.ZERO));
        String token = issuer.token("ann", Duration.ofSeconds(2), Role.CUSTOMER);
        assertThat(noSkew.decode(token).getSubject()).isEqualTo("ann");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThatThrownBy(() -> noSkew.decode(token)).isInstanceOf(JwtValidationException.class)
                        .hasMessageContaining("expired"));
    }

    @Test
    void theIssuerIsKeptAsTheTextItIs() {
        assertThat(decoder.decode(issuer.customer("ann")).getClaims().get("iss")).isEqualTo(ShopSecurityProperties.DEFAULT_ISSUER);
    }

    @Test
    void knownKeysKeepWorkingWhileUserServiceIsDown() {
        String token = issuer.customer("ann");
        decoder.decode(token);
        issuer.close();
        assertThat(decoder.decode(issuer.customer("bob")).getSubject()).isEqualTo("bob");
    }

    private static ShopSecurityProperties properties(String jwksUri) {
        return properties(jwksUri, Duration.ofSeconds(30));
    }

    private static ShopSecurityProperties properties(String jwksUri, Duration clockSkew) {
        return new ShopSecurityProperties(true, List.of(URI.create(jwksUri)), ShopSecurityProperties.DEFAULT_ISSUER,
                clockSkew, Duration.ofMinutes(5), Duration.ofSeconds(10), List.of(), List.of(),
                ShopSecurityProperties.OperatorConsole.ADMIN, 1024);
    }
}
