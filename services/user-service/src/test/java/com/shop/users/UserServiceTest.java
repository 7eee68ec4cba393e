package com.shop.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.platform.embedded.KafkaTestClient;
import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.routes.testing.HttpTestClient;
import com.shop.users.account.Account;
import com.shop.users.registration.NewAccount;
import com.shop.users.registration.Registrations;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user service (its application.yml plus the {@code test} profile) on the shared real Kafka broker and a
 * database of its own; one context for every test class.
 */
@CamelSpringBootTest
@ActiveProfiles("test")
@SpringBootTest(classes = UserApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class UserServiceTest {

    protected static final KafkaTestClient KAFKA = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected static final String PASSWORD = "correct-Horse-9-battery";
    protected static final ObjectMapper JSON = new ObjectMapper();

    /** Each test calls from an address of its own (through the trusted local proxy), so throttling never crosses tests. */
    private final String clientAddress = "10." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

    @LocalServerPort
    protected int port;
    @Autowired
    protected Registrations registrations;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "users");
    }

    protected static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Registers a customer over REST; returns the account's JSON. */
    protected JsonNode register(String email, String password) {
        HttpResponse<String> response = send("POST", "/users", null, Map.of("email", email, "password", password, "name", "Ann Example"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    protected Account admin() {
        return registrations.createOperator(new NewAccount(uniqueEmail("admin"), PASSWORD, "An Admin", null, null, null, null));
    }

    protected HttpResponse<String> login(String email, String password) {
        return send("POST", "/auth/login", null, Map.of("email", email, "password", password));
    }

    /** A login as if sent from {@code address} (through the trusted local proxy). */
    protected HttpResponse<String> loginFrom(String email, String password, String address) {
        return send("POST", "/auth/login", null, Map.of("email", email, "password", password), Map.of("X-Forwarded-For", address));
    }

    /** {@code count} logins with a wrong password from {@code address}, each refused with 401. */
    protected void failLogins(String email, int count, String address) {
        IntStream.range(0, count).forEach(i -> assertProblem(loginFrom(email, "wrong-Password-" + i, address), 401, "Unauthorized"));
    }

    /** A client address picked at random from the benchmarking range (198.18.0.0/15), so that tests do not share one. */
    protected static String anyAddress() {
        return "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    /** Logs in and returns the tokens' JSON; fails unless the login succeeds. */
    protected JsonNode tokens(String email, String password) {
        HttpResponse<String> response = login(email, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    protected String accessToken(String email) {
        return tokens(email, PASSWORD).get("accessToken").asText();
    }

    protected HttpResponse<String> send(String method, String path, String accessToken, Object body) {
        return send(method, path, accessToken, body, Map.of());
    }

    protected HttpResponse<String> send(String method, String path, String accessToken, Object body,
                                        Map<String, String> headers) {
        Map<String, String> sent = new HashMap<>(headers);
        sent.putIfAbsent("X-Forwarded-For", clientAddress);
        try {
            return HttpTestClient.localhost(port).send(method, path, body == null ? null : JSON.writeValueAsString(body),
                    accessToken, sent);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"" + title + "\"");
    }
}
