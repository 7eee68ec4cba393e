package com.shop.users.keys;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.PasswordBasedDecrypter;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/**
 * Seals private signing keys for the database and opens them again: a JWE with a key derived from the
 * configured secret (PBES2-HS512 with AES key wrap, AES-256-GCM content), so a database dump alone
 * cannot sign tokens.
 */
@Component
class KeySealer {

    static final int MIN_SECRET_LENGTH = 32;
    private static final int SALT_BYTES = 32;
    private static final int ITERATIONS = 210_000;

    private final byte[] secret;

    KeySealer(KeyProperties properties) {
        String configured = properties.encryptionSecret();
        if (configured == null || configured.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("user.keys.encryption-secret (USER_KEY_ENCRYPTION_SECRET) must be set to at least "
                    + MIN_SECRET_LENGTH + " characters: it seals the token signing keys in the database");
        }
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    String seal(RSAKey key) {
        JWEObject sealed = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.PBES2_HS512_A256KW, EncryptionMethod.A256GCM)
                .contentType("jwk+json").build(), new Payload(key.toJSONString()));
        try {
            sealed.encrypt(new PasswordBasedEncrypter(secret, SALT_BYTES, ITERATIONS));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not seal signing key " + key.getKeyID(), e);
        }
        return sealed.serialize();
    }

    RSAKey open(String kid, String sealed) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            jwe.decrypt(new PasswordBasedDecrypter(secret));
            return RSAKey.parse(jwe.getPayload().toString());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("user.keys.encryption-secret does not open signing key " + kid
                    + ": the secret differs from the one the key was sealed with", e);
        }
    }
}
