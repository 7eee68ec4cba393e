package com.shop.gateway.routing;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamProblemTest {

    private static final GatewayProperties PROPERTIES = new GatewayProperties(Map.of(
            "users", new GatewayProperties.Route("user-service", List.of("/users", "/auth", "/.well-known"),
                    List.of(URI.create("http://localhost:8081")), Duration.ofSeconds(1), Duration.ofSeconds(5), 2),
            "orders", new GatewayProperties.Route("order-service", List.of("/orders"),
                    List.of(URI.create("http://localhost:8082")), Duration.ofSeconds(1), Duration.ofSeconds(5), 2)),
            new GatewayProperties.CircuitBreaker(50, 20, 10, Duration.ofSeconds(10), 3));
    private static final UpstreamRequest.Forwarded LOGIN = new UpstreamRequest.Forwarded("/api/auth/login", "/auth/login");

    private final CamelContext camel = new DefaultCamelContext();
    private final RouteTable table = new RouteTable(PROPERTIES);
    private final UpstreamProblem problem = new UpstreamProblem(table, new UpstreamLocation(table,
            PROPERTIES.routes().values().stream().flatMap(route -> route.instances().stream()).toList()));

    @Test
    void aProblemAtTheForwardedPathNamesThePathTheClientCalledAndKeepsEverythingElse() throws IOException {
        String upstream = """
                {"type":"https://shop.example/problems/invalid", "title":"Invalid request","status":400,
                  "detail":"caf\\u00e9 \\"menu\\" is not an email","instance" : "/auth/login","amount":1.10,
                  "correlationId":"flow-1","errors":[{"field":"email","instance":"/auth/login","message":"must be an email"}]}
                """;

        Exchange exchange = answered("application/problem+json", upstream, LOGIN);

        String expected = upstream.replace("\"instance\" : \"/auth/login\"", "\"instance\" : \"/api/auth/login\"");
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(expected);
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_LENGTH, Integer.class))
                .isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/problem+json");
    }

    @Test
    void theMediaTypeIsMatchedWhateverItsCaseAndParameters() {
        assertThat(UpstreamProblem.isProblem("application/problem+json")).isTrue();
        assertThat(UpstreamProblem.isProblem("Application/Problem+JSON; charset=UTF-8")).isTrue();
        assertThat(UpstreamProblem.isProblem(" application/problem+json ;charset=utf-8")).isTrue();
        assertThat(UpstreamProblem.isProblem("application/json")).isFalse();
        assertThat(UpstreamProblem.isProblem("application/problem+xml")).isFalse();
        assertThat(UpstreamProblem.isProblem(null)).isFalse();
        assertThat(instanceAnswered("Application/Problem+JSON;charset=UTF-8", "/auth/login", LOGIN)).isEqualTo("/api/auth/login");
    }

    @Test
    void theQueryIsTheOneTheServiceGaveNotTheClients() {
        UpstreamRequest.Forwarded withQuery = new UpstreamRequest.Forwarded("/api/orders/42", "/orders/42");

        assertThat(instanceAnswered("/orders/42", withQuery)).isEqualTo("/api/orders/42");
        assertThat(instanceAnswered("/orders/42?view=full", withQuery)).isEqualTo("/api/orders/42?view=full");
    }

    @Test
    void theClientsPathIsTheOneItCalledEvenOutsideApi() {
        UpstreamRequest.Forwarded keys = new UpstreamRequest.Forwarded("/.well-known/jwks.json", "/.well-known/jwks.json");

        assertThat(instanceAnswered("/.well-known/jwks.json", keys)).isEqualTo("/.well-known/jwks.json");
    }

    @Test
    void anotherPathTheGatewayServesOrAnInstancesAddressIsAnsweredUnderApi() {
        UpstreamRequest.Forwarded cancel = new UpstreamRequest.Forwarded("/api/orders/42/cancel", "/orders/42/cancel");

        assertThat(instanceAnswered("/orders/42", cancel)).isEqualTo("/api/orders/42");
        assertThat(instanceAnswered("http://localhost:8082/orders/42/cancel", cancel)).isEqualTo("/api/orders/42/cancel");
        assertThat(instanceAnswered("http://localhost:8081/users/7", cancel)).isEqualTo("/api/users/7");
    }

    @Test
    void anInstanceTheGatewayDoesNotServePassesUnchanged() {
        assertThat(instanceAnswered("/warehouses/1", LOGIN)).isEqualTo("/warehouses/1");
        assertThat(instanceAnswered("urn:uuid:7d9f3c1e-2b6a-4c1e-9f0e-1a2b3c4d5e6f", LOGIN)).isEqualTo("urn:uuid:7d9f3c1e-2b6a-4c1e-9f0e-1a2b3c4d5e6f");
        assertThat(instanceAnswered("https://shop.example/auth/login", LOGIN)).isEqualTo("https://shop.example/auth/login");
        assertThat(instanceAnswered("//cdn.example/auth/login", LOGIN)).isEqualTo("//cdn.example/auth/login");
    }

    @Test
    void aBodyThatIsNotOneProblemObjectWithAStringInstancePassesUnchanged() throws IOException {
        for (String body : List.of(
                "{\"title\":\"Not found\",\"status\":404}",
                "{\"instance\":null,\"status\":404}",
                "{\"instance\":[\"/auth/login\"]}",
                "{\"errors\":[{\"instance\":\"/auth/login\"}]}",
                "{\"instance\":\"/auth/login\"",
                "{\"instance\":\"/auth/login\"} {}",
                "{\"instance\":\"/auth/login\",\"instance\":\"/auth/login\"}",
                "[{\"instance\":\"/auth/login\"}]",
                "not json",
                "")) {
            assertThat(answered("application/problem+json", body, LOGIN).getMessage().getBody(String.class)).as(body).isEqualTo(body);
        }
    }

    @Test
    void aBodyThatIsNotUtf8PassesUnchanged() throws IOException {
        byte[] latin1 = "{\"detail\":\"caf\u00e9\",\"instance\":\"/auth/login\"}".getBytes(StandardCharsets.ISO_8859_1);

        Exchange exchange = answered("application/problem+json", latin1, LOGIN);

        assertThat(exchange.getMessage().getBody(byte[].class)).isEqualTo(latin1);
    }

    @Test
    void anAnswerThatIsNotAProblemIsNotRead() throws IOException {
        InputStream body = new ByteArrayInputStream("{\"instance\":\"/auth/login\"}".getBytes(StandardCharsets.UTF_8));

        Exchange exchange = answered("application/json", body, LOGIN);

        assertThat(exchange.getMessage().getBody()).isSameAs(body);
        assertThat(body.available()).as("nothing read").isEqualTo(26);
    }

    @Test
    void aProblemStreamIsReadAndRewritten() throws IOException {
        InputStream body = new ByteArrayInputStream("{\"instance\":\"/auth/login\"}".getBytes(StandardCharsets.UTF_8));

        Exchange exchange = answered("application/problem+json", body, LOGIN);

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("{\"instance\":\"/api/auth/login\"}");
    }

    @Test
    void aProblemOverTheLimitPassesUnchangedAndWhole() throws IOException {
        String big = "{\"instance\":\"/auth/login\",\"detail\":\"" + "x".repeat(UpstreamProblem.MAX_BYTES) + "\"}";
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);

        Exchange streamed = answered("application/problem+json", new ByteArrayInputStream(bytes), LOGIN);
        Exchange read = answered("application/problem+json", bytes, LOGIN);

        assertThat(streamed.getMessage().getBody(InputStream.class).readAllBytes()).isEqualTo(bytes);
        assertThat(read.getMessage().getBody()).isSameAs(bytes);
    }

    @Test
    void aProblemAtTheLimitIsRewritten() throws IOException {
        String prefix = "{\"instance\":\"/auth/login\",\"detail\":\"";
        String atLimit = prefix + "x".repeat(UpstreamProblem.MAX_BYTES - prefix.length() - 2) + "\"}";

        Exchange exchange = answered("application/problem+json", new ByteArrayInputStream(atLimit.getBytes(StandardCharsets.UTF_8)), LOGIN);

        assertThat(exchange.getMessage().getBody(String.class)).startsWith("{\"instance\":\"/api/auth/login\",");
    }

    private String instanceAnswered(String instance, UpstreamRequest.Forwarded forwarded) {
        return instanceAnswered("application/problem+json", instance, forwarded);
    }

    private String instanceAnswered(String contentType, String instance, UpstreamRequest.Forwarded forwarded) {
        try {
            String body = answered(contentType, "{\"status\":400,\"instance\":\"" + instance + "\"}", forwarded)
                    .getMessage().getBody(String.class);
            return body.substring("{\"status\":400,\"instance\":\"".length(), body.length() - 2);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Exchange answered(String contentType, Object body, UpstreamRequest.Forwarded forwarded) throws IOException {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(UpstreamRequest.FORWARDED, forwarded);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, contentType);
        exchange.getMessage().setBody(body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : body);
        problem.process(exchange);
        return exchange;
    }
}
