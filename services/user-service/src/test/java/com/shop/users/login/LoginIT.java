package com.shop.users.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import com.shop.users.UserServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LoginIT extends UserServiceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    TransactionTemplate transactions;

    private LoginsAtOnce atOnce;

    @BeforeEach
    void loginsAtOnce() {
        atOnce = new LoginsAtOnce(jdbc, transactions, metrics);
    }

    @Test
    void registerThenLogInThenReadTheProfile() throws Exception {
        String email = uniqueEmail("ann");
        String userId = register(email, PASSWORD).get("id").asText();

        JsonNode tokens = tokens(email.toUpperCase(), PASSWORD);
        assertThat(tokens.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isBetween(890L, 900L);
        assertThat(tokens.get("refreshToken").asText()).hasSizeGreaterThanOrEqualTo(43);

        SignedJWT jwt = SignedJWT.parse(tokens.get("accessToken").asText());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(userId);
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(jwt.getJWTClaimsSet().getIssueTime());

        HttpResponse<String> me = send("GET", "/users/me", tokens.get("accessToken").asText(), null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("id").asText()).isEqualTo(userId);
        assertThat(json(me).get("email").asText()).isEqualTo(email);
    }

    @Test
    void theProfileNeedsAToken() {
        HttpResponse<String> response = send("GET", "/users/me", null, null);
        assertProblem(response, 401, "Unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aMethodTheAuthPathsDoNotServeIsA405NamingPostNotA401() {
        for (String path : List.of("/auth/login", "/auth/refresh", "/auth/logout")) {
            HttpResponse<String> response = send("GET", path, null, null);
            assertProblem(response, 405, "Method not allowed");
            assertThat(response.headers().firstValue("Allow")).as(path).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        }
        assertProblem(send("PUT", "/auth/login", null, null), 405, "Method not allowed");
    }

    @Test
    void aWrongPasswordAnUnknownUserAndALockedAccountGetTheSame401() {
        String email = uniqueEmail("bob");
        register(email, PASSWORD);
        String locked = uniqueEmail("carl");
        register(locked, PASSWORD);
        jdbc.update("UPDATE users SET locked = true WHERE email = ?", locked);
        double refusedBefore = metrics.counter("users.logins", "outcome", "refused").count();

        List<HttpResponse<String>> answers = List.of(
                login(email, "wrong-Password-1"),
                login(uniqueEmail("nobody"), PASSWORD),
                login(locked, PASSWORD));

        for (HttpResponse<String> answer : answers) {
            assertProblem(answer, 401, "Unauthorized");
            assertThat(json(answer).get("detail").asText()).isEqualTo("The email or password is not correct");
            assertThat(answer.headers().map().keySet()).isEqualTo(answers.get(0).headers().map().keySet());
        }
        assertThat(metrics.counter("users.logins", "outcome", "refused").count()).isEqualTo(refusedBefore + 3);
    }

    @Test
    void repeatedFailedLoginsForAnAccountAreThrottledEvenWithTheRightPassword() {
        String email = uniqueEmail("dora");
        register(email, PASSWORD);
        IntStream.range(0, 5).forEach(i -> assertProblem(login(email, "wrong-Password-" + i), 401, "Unauthorized"));

        HttpResponse<String> throttled = login(email, PASSWORD);
        assertProblem(throttled, 429, "Too many requests");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
        assertProblem(login(email.toUpperCase(), PASSWORD), 429, "Too many requests");
    }

    @Test
    void anUnknownEmailIsThrottledLikeAKnownOne() {
        String email = uniqueEmail("ghost");
        IntStream.range(0, 5).forEach(i -> assertProblem(login(email, "wrong-Password-" + i), 401, "Unauthorized"));
        assertProblem(login(email, PASSWORD), 429, "Too many requests");
    }

    @Test
    void aClientThatFailsForManyAccountsIsThrottled() {
        String email = uniqueEmail("erin");
        register(email, PASSWORD);
        Map<String, String> fromGuesser = Map.of("X-Forwarded-For", "203.0.113.77");
        IntStream.range(0, 20).forEach(i -> assertProblem(
                send("POST", "/auth/login", null, Map.of("email", uniqueEmail("guess"), "password", PASSWORD), fromGuesser),
                401, "Unauthorized"));

        assertProblem(send("POST", "/auth/login", null, Map.of("email", email, "password", PASSWORD), fromGuesser),
                429, "Too many requests");
        assertThat(send("POST", "/auth/login", null, Map.of("email", email, "password", PASSWORD),
                Map.of("X-Forwarded-For", "198.51.100.8")).statusCode()).isEqualTo(200);
    }

    @Test
    void aGuesserLocksOutItselfNotTheAccountsOwner() {
        String email = uniqueEmail("gil");
        register(email, PASSWORD);
        String guesser = anyAddress();
        failLogins(email, 5, guesser);

        assertProblem(loginFrom(email, PASSWORD, guesser), 429, "Too many requests");
        assertThat(loginFrom(email, PASSWORD, anyAddress()).statusCode()).isEqualTo(200);
        assertProblem(loginFrom(email, PASSWORD, guesser), 429, "Too many requests");
    }

    @Test
    void guessersTogetherAreThrottledForTheAccountEverywhere() {
        String email = uniqueEmail("hal");
        register(email, PASSWORD);
        failLogins(email, 4, anyAddress());
        failLogins(email, 4, anyAddress());

        assertProblem(loginFrom(email, PASSWORD, anyAddress()), 429, "Too many requests");
    }

    @Test
    void anOwnersLoginDoesNotForgiveTheClientThatGuessedAtTheAccount() {
        String email = uniqueEmail("ida");
        register(email, PASSWORD);
        String guesser = anyAddress();
        failLogins(email, 4, guesser);
        tokens(email, PASSWORD);
        IntStream.range(0, 16).forEach(i -> assertProblem(loginFrom(uniqueEmail("other"), PASSWORD, guesser), 401, "Unauthorized"));

        assertProblem(loginFrom(uniqueEmail("next"), PASSWORD, guesser), 429, "Too many requests");
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        String email = uniqueEmail("fay");
        register(email, PASSWORD);
        IntStream.range(0, 4).forEach(i -> login(email, "wrong-Password-" + i));
        tokens(email, PASSWORD);
        IntStream.range(0, 4).forEach(i -> assertProblem(login(email, "wrong-Password-" + i), 401, "Unauthorized"));
        assertThat(login(email, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void guessesSentAllAtOnceFromOneAddressGetNoMoreTriesThanOneByOne() throws Exception {
        String email = uniqueEmail("jon");
        register(email, PASSWORD);
        String guesser = anyAddress();

        List<HttpResponse<String>> answers = atOnce.send(30, 5, i -> loginFrom(email, "wrong-Password-" + i, guesser));

        assertOnlyTheAllowedWereTried(answers, 5);
        assertProblem(loginFrom(email, PASSWORD, guesser), 429, "Too many requests");
    }

    @Test
    void guessesSentAllAtOnceFromManyAddressesGetNoMoreTriesThanTheAccountsLimit() throws Exception {
        String email = uniqueEmail("kim");
        register(email, PASSWORD);
        failLogins(email, 3, anyAddress());

        List<HttpResponse<String>> answers = atOnce.send(30, 5, i -> loginFrom(email, "wrong-Password-" + i, anyAddress()));

        assertOnlyTheAllowedWereTried(answers, 5);
        assertProblem(loginFrom(email, PASSWORD, anyAddress()), 429, "Too many requests");
    }

    @Test
    void guessesSentAllAtOnceForManyAccountsGetNoMoreTriesThanTheClientsLimit() throws Exception {
        String guesser = anyAddress();
        IntStream.range(0, 15).forEach(i -> failLogins(uniqueEmail("guess"), 1, guesser));

        List<HttpResponse<String>> answers = atOnce.send(30, 5, i -> loginFrom(uniqueEmail("guess"), PASSWORD, guesser));

        assertOnlyTheAllowedWereTried(answers, 5);
        assertProblem(loginFrom(uniqueEmail("next"), PASSWORD, guesser), 429, "Too many requests");
    }

    @Test
    void aLoginThatFailsInTheServiceDoesNotCountAsAGuess() {
        String email = uniqueEmail("lou");
        String userId = register(email, PASSWORD).get("id").asText();
        String address = anyAddress();
        failLogins(email, 4, address);

        jdbc.execute("ALTER TABLE refresh_token_families ADD CONSTRAINT login_it_no_sessions CHECK (user_id <> '"
                + UUID.fromString(userId) + "') NOT VALID");
        try {
            assertProblem(loginFrom(email, PASSWORD, address), 500, "Internal error");
        } finally {
            jdbc.execute("ALTER TABLE refresh_token_families DROP CONSTRAINT login_it_no_sessions");
        }

        failLogins(email, 1, address);
        assertProblem(loginFrom(email, PASSWORD, address), 429, "Too many requests");
    }

    /**
     * {@code allowed} of the wrong logins were tried (401), every other one refused untried for the window (429 with
     * Retry-After), having waited for the tried ones to fail rather than given up while they were in progress.
     */
    private static void assertOnlyTheAllowedWereTried(List<HttpResponse<String>> answers, long allowed) {
        assertThat(answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())))
                .isEqualTo(Map.of(401, allowed, 429, answers.size() - allowed));
        answers.stream().filter(answer -> answer.statusCode() == 429).forEach(answer -> {
            assertProblem(answer, 429, "Too many requests");
            assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
        });
    }
}
