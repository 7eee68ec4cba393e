package com.shop.routes.security;

import com.shop.routes.security.testing.ForgedTokens;
import com.shop.routes.security.testing.TestTokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final TestTokenIssuer issuer = TestTokenIssuer.start();
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifier = countingVerifier();

    @AfterEach
    void stopIssuer() {
        issuer.close();
    }

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        JwtDecoder tokens = remembering(16);
        String token = issuer.customer("ann");

        for (int i = 0; i < 3; i++) {
            assertThat(tokens.decode(token).getSubject()).isEqualTo("ann");
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        JwtDecoder tokens = remembering(16);
        String token = issuer.token("ann", Duration.ofMinutes(1), Role.CUSTOMER);
        tokens.decode(token);

        clock.advance(Duration.ofMinutes(1).plus(SKEW).plusSeconds(1));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        JwtDecoder tokens = remembering(16);
        String tampered = ForgedTokens.tampered(issuer.customer("ann"));

        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsLifetimeHasPassed() {
        JwtDecoder tokens = remembering(16);
        String token = issuer.customer("ann");
        tokens.decode(token);

        clock.advance(LIFETIME.plusSeconds(1));
        tokens.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void theMemoryStartsOverWhenFull() {
        JwtDecoder tokens = remembering(2);
        String first = issuer.customer("ann");
        tokens.decode(first);
        tokens.decode(issuer.customer("bob"));
        tokens.decode(issuer.customer("cid"));

        tokens.decode(first);

        assertThat(verifications).hasValue(4);
    }

    @Test
    void aSizeOfZeroRemembersNothing() {
        assertThat(VerifiedTokens.remembering(verifier, new JwtTimestampValidator(SKEW), LIFETIME, 0)).isSameAs(verifier);
    }

    private JwtDecoder remembering(int capacity) {
        return new VerifiedTokens(verifier, timestamps(), LIFETIME, capacity, clock);
    }

    private JwtTimestampValidator timestamps() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(SKEW);
        timestamps.setClock(clock);
        return timestamps;
    }

    private JwtDecoder countingVerifier() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwksUri()).build();
        decoder.setJwtValidator(timestamps());
        return token -> {
            verifications.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
