package com.shop.users.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.shop.routes.security.Role;
import com.shop.routes.security.ShopSecurityProperties;
import com.shop.routes.security.TokenClaims;
import com.shop.users.keys.SigningKeys;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/** Issues access tokens: RS256 JWTs signed by the active key, naming it in {@code kid}, with the user and roles. */
@Component
public class AccessTokens {

    private final SigningKeys keys;
    private final TokenProperties properties;
    private final String issuer;
    private final Clock clock;

    AccessTokens(SigningKeys keys, TokenProperties properties, ShopSecurityProperties security, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.issuer = security.issuer();
        this.clock = clock;
    }

    public AccessToken issue(String userId, Set<Role> roles) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(userId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(TokenClaims.ROLES, roles.stream().map(Role::name).sorted().toList())
                .build();
        RSAKey key = keys.signingKey();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token with key " + key.getKeyID(), e);
        }
        return new AccessToken(token.serialize(), expiresAt);
    }
}
