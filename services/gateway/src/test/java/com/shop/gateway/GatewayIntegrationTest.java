package com.shop.gateway;

import com.shop.routes.security.testing.TestTokenIssuer;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway in front of real HTTP servers on free ports, one context for all test classes: users has one
 * instance, inventory two, orders one that is down before one that answers, payments only instances that
 * are down, notifications one that hangs up, and a test-only route to one that never answers.
 */
@CamelSpringBootTest
@ActiveProfiles("test")
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayIntegrationTest {

    protected static final TestTokenIssuer TOKENS = TestTokenIssuer.shared();
    protected static final UpstreamServer USERS = UpstreamServer.answering("users");
    protected static final UpstreamServer INVENTORY_A = UpstreamServer.answering("products");
    protected static final UpstreamServer INVENTORY_B = UpstreamServer.answering("products");
    protected static final UpstreamServer ORDERS = UpstreamServer.answering("orders");
    protected static final UpstreamServer NOTIFICATIONS = UpstreamServer.hangingUp("notifications");
    protected static final UpstreamServer SLOW = UpstreamServer.stalling("slow");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("shop.security.jwks-uri", TOKENS::jwksUri);
        registry.add("gateway.routes.users.instances", USERS::url);
        registry.add("gateway.routes.inventory.instances", () -> INVENTORY_A.url() + "," + INVENTORY_B.url());
        registry.add("gateway.routes.orders.instances", () -> UpstreamServer.down() + "," + ORDERS.url());
        registry.add("gateway.routes.payments.instances", () -> UpstreamServer.down() + "," + UpstreamServer.down());
        registry.add("gateway.routes.notifications.instances", NOTIFICATIONS::url);
        registry.add("gateway.routes.slow.instances", SLOW::url);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A client address of its own, so that no test eats into another's per-address limit. */
    protected static String newClientIp() {
        int n = CLIENTS.incrementAndGet();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    /** {@code method path} as a new client with {@code token} (none when null) and {@code headers}. */
    protected HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("X-Real-IP", newClientIp());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null, Map.of());
    }

    /**
     * The status line the gateway answers {@code GET path} with {@code headers}, sent from the loopback address
     * {@code peer}: another than 127.0.0.1 is a peer the gateway does not trust to name the client (application-test.yml).
     */
    protected String getFrom(String peer, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(peer), 0)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    protected static String customer() {
        return TOKENS.customer(unique("customer-"));
    }
}
