package com.shop.routes.security.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.shop.routes.security.Role;
import com.shop.routes.security.TokenClaims;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The tokens an attacker can make: every one of them must be refused by every service. */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** A fresh RS256 signing key with a random key id. */
    public static RSAKey newKey() {
        return TestTokenIssuer.generate(UUID.randomUUID().toString());
    }

    /** The claims of {@code token}, signed by a key nobody published. */
    public static String signedByUnknownKey(String token) {
        return TestTokenIssuer.sign(newKey(), claimsOf(token));
    }

    /** The claims of {@code token}, signed by another key that claims the published key's id. */
    public static String signedByImpostorKey(String token) {
        try {
            String keyId = SignedJWT.parse(token).getHeader().getKeyID();
            return TestTokenIssuer.sign(TestTokenIssuer.generate(keyId), claimsOf(token));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The claims of {@code token} with {@code alg: none} and no signature. */
    public static String unsigned(String token) {
        return new PlainJWT(claimsOf(token)).serialize();
    }

    /** {@code token} with ADMIN added to its roles and its original signature kept. */
    public static String tampered(String token) {
        try {
            String[] parts = token.split("\\.");
            Map<String, Object> payload = JSONObjectUtils.parse(new Base64URL(parts[1]).decodeToString());
            payload.put(TokenClaims.ROLES, List.of(Role.CUSTOMER.name(), Role.ADMIN.name()));
            return parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(payload)) + "." + parts[2];
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The claims of {@code token} signed HS256 with the issuer's public key as the secret (algorithm confusion). */
    public static String hmacWithPublicKey(String token, RSAKey publishedKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publishedKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claimsOf(token));
            jwt.sign(new MACSigner(publishedKey.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JWTClaimsSet claimsOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
