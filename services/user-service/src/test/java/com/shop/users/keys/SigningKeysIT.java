package com.shop.users.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.shop.users.UserServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysIT extends UserServiceTest {

    private static final List<String> PRIVATE_PARAMETERS = List.of("d", "p", "q", "dp", "dq", "qi");

    @Autowired
    SigningKeys keys;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJwkSetIsPublicAndHoldsOnlyPublicKeys() throws Exception {
        String email = uniqueEmail("ann");
        register(email, PASSWORD);
        String kid = SignedJWT.parse(accessToken(email)).getHeader().getKeyID();

        HttpResponse<String> response = send("GET", "/.well-known/jwks.json", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode jwks = json(response);
        assertThat(jwks.get("keys")).extracting(key -> key.get("kid").asText()).contains(kid);
        for (JsonNode key : jwks.get("keys")) {
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.get("alg").asText()).isEqualTo("RS256");
            assertThat(key.get("use").asText()).isEqualTo("sig");
            PRIVATE_PARAMETERS.forEach(parameter -> assertThat(key.has(parameter)).as(parameter).isFalse());
        }
    }

    @Test
    void privateKeysAreStoredSealedWithTheConfiguredSecret() throws Exception {
        RSAKey active = keys.signingKey();
        String sealed = jdbc.queryForObject("SELECT sealed_jwk FROM signing_keys WHERE kid = ?", String.class, active.getKeyID());
        String published = jdbc.queryForObject("SELECT public_jwk FROM signing_keys WHERE kid = ?", String.class, active.getKeyID());

        assertThat(JWEObject.parse(sealed).getHeader().getAlgorithm().getName()).isEqualTo("PBES2-HS512+A256KW");
        assertThat(sealed).doesNotContain(active.getPrivateExponent().toString());
        assertThat(RSAKey.parse(published).isPrivate()).isFalse();
        RSAKey opened = new KeySealer(new KeyProperties("user-service-tests-only-key-encryption-secret", Duration.ofDays(30),
                Duration.ofHours(1))).open(active.getKeyID(), sealed);
        assertThat(opened.getKeyID()).isEqualTo(active.getKeyID());
        assertThat(opened.getPrivateExponent()).isEqualTo(active.getPrivateExponent());
    }

    @Test
    void anotherSecretCannotOpenTheKeysAndSaysSo() {
        String kid = keys.signingKey().getKeyID();
        String sealed = jdbc.queryForObject("SELECT sealed_jwk FROM signing_keys WHERE kid = ?", String.class, kid);
        KeySealer other = new KeySealer(new KeyProperties("a-different-secret-of-enough-characters", Duration.ofDays(30),
                Duration.ofHours(1)));
        assertThatThrownBy(() -> other.open(kid, sealed)).hasMessageContaining("does not open signing key " + kid);
    }

    @Test
    void aMissingOrShortSecretStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new KeySealer(new KeyProperties("", Duration.ofDays(30), Duration.ofHours(1))))
                .hasMessageContaining("USER_KEY_ENCRYPTION_SECRET").hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> new KeySealer(new KeyProperties(null, Duration.ofDays(30), Duration.ofHours(1))))
                .hasMessageContaining("USER_KEY_ENCRYPTION_SECRET");
    }

    @Test
    void afterARotationOldTokensStillWorkAndNewTokensUseTheNewKey() throws Exception {
        String email = uniqueEmail("bob");
        register(email, PASSWORD);
        String before = accessToken(email);
        String admin = accessToken(admin().email());

        HttpResponse<String> rotated = send("POST", "/admin/keys/rotate", admin, null);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String newKid = json(rotated).get("kid").asText();

        String after = accessToken(email);
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(SignedJWT.parse(before).getHeader().getKeyID()).isNotEqualTo(newKid);
        assertThat(send("GET", "/users/me", before, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/users/me", after, null).statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/.well-known/jwks.json", null, null)).get("keys"))
                .extracting(key -> key.get("kid").asText())
                .contains(newKid, SignedJWT.parse(before).getHeader().getKeyID());
    }

    @Test
    void theScheduledRotationReplacesAKeyOlderThanTheIntervalOnly() {
        assertThat(keys.rotateIfDue()).isEmpty();
        String old = keys.signingKey().getKeyID();
        jdbc.update("UPDATE signing_keys SET created_at = now() - interval '31 days' WHERE kid = ?", old);

        String replacement = keys.rotateIfDue().orElseThrow();
        assertThat(replacement).isNotEqualTo(old);
        assertThat(keys.signingKey().getKeyID()).isEqualTo(replacement);
        assertThat(keys.publishedKeys().getKeyByKeyId(old)).as("still verifies its tokens").isNotNull();
    }

    @Test
    void aKeyRetiredLongerThanItsTokensLiveIsNoLongerPublishedAndIsPurged() {
        String old = keys.signingKey().getKeyID();
        keys.rotate();
        jdbc.update("UPDATE signing_keys SET retired_at = now() - interval '1 day' WHERE kid = ?", old);

        assertThat(keys.publishedKeys().getKeyByKeyId(old)).isNull();
        assertThat(keys.purgeRetired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM signing_keys WHERE kid = ?", Integer.class, old)).isZero();
    }
}
