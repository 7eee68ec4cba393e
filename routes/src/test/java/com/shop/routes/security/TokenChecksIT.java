package com.shop.routes.security;

import ch.qos.logback.classic.LoggerContext;
import com.shop.routes.security.testing.ForgedTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenChecksIT extends SecuredServiceTest {

    @Test
    void aRequestWithoutATokenIsA401ProblemWithABearerChallenge() throws Exception {
        HttpResponse<String> response = send("GET", "/notes/ann", null);
        assertProblem(response, 401, "Unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void headOnAPublicGetNeedsNoToken() throws Exception {
        HttpResponse<String> response = send("HEAD", "/notes/public/greeting", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/notes/ann", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aValidTokenLetsTheCallerReadTheirOwnNotes() throws Exception {
        HttpResponse<String> response = send("GET", "/notes/ann", ISSUER.customer("ann"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"owner\":\"ann\"", "\"readBy\":\"ann\"");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertInvalidToken(ISSUER.token("ann", Duration.ofMinutes(-2), Role.CUSTOMER));
    }

    @Test
    void aTokenJustPastItsExpiryIsAcceptedWithinTheClockSkew() throws Exception {
        assertThat(send("GET", "/notes/ann", ISSUER.token("ann", Duration.ofSeconds(-5), Role.CUSTOMER)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTokenSignedByAnUnpublishedKeyIsRefused() throws Exception {
        assertInvalidToken(ForgedTokens.signedByUnknownKey(ISSUER.customer("ann")));
    }

    @Test
    void aTokenSignedByAnotherKeyUnderThePublishedKeyIdIsRefused() throws Exception {
        assertInvalidToken(ForgedTokens.signedByImpostorKey(ISSUER.customer("ann")));
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() throws Exception {
        assertInvalidToken(ForgedTokens.unsigned(ISSUER.customer("ann")));
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String tampered = ForgedTokens.tampered(ISSUER.customer("ann"));
        assertInvalidToken(tampered);
        assertProblem(send("DELETE", "/notes/bob", tampered), 401, "Unauthorized");
    }

    @Test
    void aTokenSignedWithHmacOverThePublicKeyIsRefused() throws Exception {
        assertInvalidToken(ForgedTokens.hmacWithPublicKey(ISSUER.customer("ann"), ISSUER.signingKey()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertInvalidToken(ISSUER.sign(ISSUER.claims("ann", Duration.ofMinutes(5), Role.CUSTOMER)
                .issuer("https://elsewhere.example").build()));
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() throws Exception {
        assertInvalidToken(ISSUER.sign(ISSUER.claims("ann", Duration.ofMinutes(5), Role.CUSTOMER)
                .expirationTime(null).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jwt", "a.b.c", "eyJhbGciOiJub25lIn0."})
    void garbageIsRefused(String token) throws Exception {
        assertInvalidToken(token);
    }

    @Test
    void aCustomerCannotReadAnotherCustomersNotesAndIsNotToldTheyExist() throws Exception {
        assertProblem(send("GET", "/notes/bob", ISSUER.customer("ann")), 404, "Not found");
    }

    @Test
    void anAdminReadsAnyonesNotes() throws Exception {
        HttpResponse<String> response = send("GET", "/notes/bob", ISSUER.admin("root"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"owner\":\"bob\"", "\"readBy\":\"root\"");
    }

    @Test
    void anAdminPathIsA403ForACustomerAndOpenToAnAdmin() throws Exception {
        assertProblem(send("DELETE", "/notes/ann", ISSUER.customer("ann")), 403, "Forbidden");
        assertThat(send("DELETE", "/notes/ann", ISSUER.admin("root")).statusCode()).isEqualTo(204);
    }

    @Test
    void anAdminCheckInARouteIsA403ForACustomerAndOpenToAnAdmin() throws Exception {
        assertProblem(send("POST", "/notes/ann/archive", ISSUER.customer("ann")), 403, "Forbidden");
        assertThat(send("POST", "/notes/ann/archive", ISSUER.admin("root")).statusCode()).isEqualTo(204);
    }

    @Test
    void aPublicPathNeedsNoTokenAndIgnoresABadOne() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/notes/public/greeting", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"authenticated\":false");
        assertThat(send("GET", "/notes/public/greeting", "expired.or.garbage").statusCode()).isEqualTo(200);
    }

    @Test
    void aMethodARouteServesOnAPublicPathStillNeedsAToken() throws Exception {
        assertProblem(send("POST", "/notes/public/archive", null), 401, "Unauthorized");
    }

    @Test
    void aMethodNoRouteServesOnAPublicPathIsA405NamingTheServedOnesWithOrWithoutAToken() throws Exception {
        HttpResponse<String> anonymous = send("POST", "/notes/public/greeting", null);
        HttpResponse<String> withToken = send("POST", "/notes/public/greeting", ISSUER.customer("ann"));

        for (HttpResponse<String> response : List.of(anonymous, withToken)) {
            assertProblem(response, 405, "Method not allowed");
            assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
            String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
            assertThat(response.body()).contains("\"correlationId\":\"" + correlationId + "\"");
        }
    }

    @Test
    void aMethodNoRouteServesOnAnAlwaysPublicPathIsA405() throws Exception {
        assertProblem(send("DELETE", "/actuator/health", null), 405, "Method not allowed");
        assertProblem(send("POST", "/api-doc", null), 405, "Method not allowed");
    }

    @Test
    void healthNamesItsComponentsButShowsNoDetails() throws Exception {
        String health = send("GET", "/actuator/health", null).body();

        assertThat(health).contains("\"db\":{\"status\":\"UP\"}", "\"diskSpace\":{\"status\":\"UP\"}")
                .doesNotContain("\"details\"", "PostgreSQL", "\"free\"");
    }

    @Test
    void healthMetricsTheApiDocumentAndTheKeysArePublic() throws Exception {
        assertThat(send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api-doc", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theOperatorConsoleAndDeadLettersAreForAdmins() throws Exception {
        assertProblem(send("GET", "/actuator/jolokia/version", null), 401, "Unauthorized");
        assertProblem(send("GET", "/actuator/jolokia/version", ISSUER.customer("ann")), 403, "Forbidden");
        assertThat(send("GET", "/actuator/jolokia/version", ISSUER.admin("root")).statusCode()).isEqualTo(200);
        assertProblem(send("GET", "/admin/dead-letters/inventory.restock", ISSUER.customer("ann")), 403, "Forbidden");
        HttpResponse<String> asAdmin = send("GET", "/admin/dead-letters/inventory.restock", ISSUER.admin("root"));
        assertThat(asAdmin.statusCode()).as("an admin reaches the dead-letter API, which serves the topics this app consumes: none")
                .isEqualTo(404);
        assertThat(asAdmin.body()).contains("does not consume inventory.restock");
    }

    @Test
    void neitherTheTokenNorOtherRequestHeadersAreEchoedInTheResponse() throws Exception {
        String token = ISSUER.customer("ann");
        HttpResponse<String> response = send("GET", "/notes/ann", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().toString()).doesNotContain(token);
        assertThat(response.headers().map()).doesNotContainKeys("authorization", "user-agent", "host");
        assertThat(response.body()).doesNotContain(token);
    }

    @Test
    void parametersAndHeadersTheRouteDidNotAnswerWithStayOffTheResponse() throws Exception {
        HttpResponse<String> response = send("GET", "/notes/ann?size=20&sort=newest", ISSUER.customer("ann"),
                Map.of("Idempotency-Key", "key-1", "X-Client", "cli", "Location", "http://evil.example",
                        "X-Correlation-Id", "flow-7"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).map(String::toLowerCase)
                .doesNotContain("owner", "size", "sort", "idempotency-key", "x-client", "location", "notes-read-by");
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("flow-7");
    }

    @Test
    void aRequestTheFirewallRefusesGetsAProblemSayingWhy() throws Exception {
        HttpResponse<String> response = send("BREW", "/notes/public/ann", null);

        assertProblem(response, 400, "Bad request");
        assertThat(response.body()).contains("BREW");
    }

    @Test
    void noTurboFilterSitsOnEveryLogLevelCheck() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(logging.getTurboFilterList()).isEmpty();
    }

    private void assertInvalidToken(String token) throws Exception {
        HttpResponse<String> response = send("GET", "/notes/ann", token);
        assertProblem(response, 401, "Unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }
}
