package com.shop.users.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.users.UserServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsIT extends UserServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noPasswordHashOrRefreshTokenAppearsInLogsResponsesOrEvents(CapturedOutput output) {
        String email = uniqueEmail("secretive");
        String password = "Unique-Secret-" + System.nanoTime();
        String wrongPassword = "Wrong-Guess-" + System.nanoTime();
        List<HttpResponse<String>> responses = new ArrayList<>();

        responses.add(send("POST", "/users", null, Map.of("email", email, "password", password, "name", "Sam Secret")));
        String userId = json(responses.get(0)).get("id").asText();
        responses.add(send("POST", "/users", null, Map.of("email", email, "password", password, "name", "Sam Again")));
        responses.add(send("POST", "/users", null, Map.of("email", uniqueEmail("weak"), "password", "weakpassword", "name", "W")));
        IntStream.range(0, 6).forEach(i -> responses.add(login(email, wrongPassword)));
        responses.add(send("POST", "/auth/login", null, Map.of("email", email, "password", password),
                Map.of("X-Forwarded-For", "192.0.2.10")));
        jdbc.update("DELETE FROM login_failures WHERE email = ?", email);
        HttpResponse<String> loggedIn = login(email, password);
        responses.add(loggedIn);
        JsonNode tokens = json(loggedIn);
        String refreshToken = tokens.get("refreshToken").asText();
        responses.add(send("GET", "/users/me", tokens.get("accessToken").asText(), null));
        HttpResponse<String> renewed = send("POST", "/auth/refresh", null, Map.of("refreshToken", refreshToken));
        responses.add(send("POST", "/auth/refresh", null, Map.of("refreshToken", refreshToken)));
        responses.add(send("POST", "/auth/logout", null, Map.of("refreshToken", json(renewed).get("refreshToken").asText())));

        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?::uuid", String.class, userId);
        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("users.events", r -> userId.equals(r.key())), records -> !records.isEmpty());

        assertThat(output.getAll()).contains("registered user " + userId)
                .doesNotContain(password, wrongPassword, "weakpassword", hash, hash.substring(7), refreshToken);
        responses.forEach(response -> assertThat(response.body() + response.headers().map())
                .doesNotContain(password, wrongPassword, "weakpassword", hash, hash.substring(7)));
        events.forEach(event -> assertThat(event.value()).doesNotContain(password, hash, "password"));
    }
}
