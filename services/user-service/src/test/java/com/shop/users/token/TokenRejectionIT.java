package com.shop.users.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.routes.security.Role;
import com.shop.routes.security.testing.ForgedTokens;
import com.shop.routes.security.testing.TestTokenIssuer;
import com.shop.users.UserServiceTest;
import com.shop.users.keys.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRejectionIT extends UserServiceTest {

    @Autowired
    SigningKeys keys;

    private String userId;
    private JsonNode tokens;

    @BeforeEach
    void loggedInCustomer() {
        String email = uniqueEmail("tess");
        userId = register(email, PASSWORD).get("id").asText();
        tokens = tokens(email, PASSWORD);
    }

    @Test
    void theIssuedTokenIsAccepted() {
        assertThat(send("GET", "/users/me", access(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenSignedByTheServiceIsRefused() {
        String expired = TestTokenIssuer.sign(keys.signingKey(),
                TestTokenIssuer.claims(userId, Duration.ofMinutes(-5), Role.CUSTOMER).build());
        assertInvalid(expired);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertInvalid(ForgedTokens.signedByUnknownKey(access()));
        assertInvalid(ForgedTokens.signedByImpostorKey(access()));
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        assertInvalid(ForgedTokens.unsigned(access()));
    }

    @Test
    void aTamperedTokenIsRefusedAndGrantsNoAdminRights() {
        String tampered = ForgedTokens.tampered(access());
        assertInvalid(tampered);
        assertProblem(send("GET", "/users", tampered, null), 401, "Unauthorized");
    }

    @Test
    void aTokenSignedWithHmacOverThePublicKeyIsRefused() {
        assertInvalid(ForgedTokens.hmacWithPublicKey(access(), keys.signingKey().toPublicJWK()));
    }

    @Test
    void aRefreshTokenIsExchangedOnceForNewTokens() {
        JsonNode renewed = refresh(refreshToken());
        assertThat(renewed.get("refreshToken").asText()).isNotEqualTo(refreshToken());
        assertThat(send("GET", "/users/me", renewed.get("accessToken").asText(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeSession() {
        JsonNode renewed = refresh(refreshToken());

        assertProblem(send("POST", "/auth/refresh", null, Map.of("refreshToken", refreshToken())), 401, "Unauthorized");
        assertProblem(send("POST", "/auth/refresh", null, Map.of("refreshToken", renewed.get("refreshToken").asText())),
                401, "Unauthorized");
    }

    @Test
    void aRefreshTokenRevokedByLogoutIsRefused() {
        HttpResponse<String> logout = send("POST", "/auth/logout", null, Map.of("refreshToken", refreshToken()));
        assertThat(logout.statusCode()).isEqualTo(204);
        assertProblem(send("POST", "/auth/refresh", null, Map.of("refreshToken", refreshToken())), 401, "Unauthorized");
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        assertProblem(send("POST", "/auth/refresh", null, Map.of("refreshToken", "made-up-token")), 401, "Unauthorized");
        assertThat(send("POST", "/auth/logout", null, Map.of("refreshToken", "made-up-token")).statusCode()).isEqualTo(204);
    }

    @Test
    void aRefreshWithAnExpiredAccessTokenAttachedStillWorks() {
        String expired = TestTokenIssuer.sign(keys.signingKey(),
                TestTokenIssuer.claims(userId, Duration.ofMinutes(-5), Role.CUSTOMER).build());
        HttpResponse<String> response = send("POST", "/auth/refresh", expired, Map.of("refreshToken", refreshToken()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String access() {
        return tokens.get("accessToken").asText();
    }

    private String refreshToken() {
        return tokens.get("refreshToken").asText();
    }

    private JsonNode refresh(String refreshToken) {
        HttpResponse<String> response = send("POST", "/auth/refresh", null, Map.of("refreshToken", refreshToken));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private void assertInvalid(String token) {
        HttpResponse<String> response = send("GET", "/users/me", token, null);
        assertProblem(response, 401, "Unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }
}
