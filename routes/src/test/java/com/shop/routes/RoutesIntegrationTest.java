package com.shop.routes;

import com.shop.platform.embedded.KafkaTestClient;
import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.routes.testapp.TestApplication;
import com.shop.routes.testing.TestEvents;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** The test service on the shared real Kafka broker and a database of its own; one context for every test class. */
@CamelSpringBootTest
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RoutesIntegrationTest {

    protected static final KafkaTestClient KAFKA = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "routes");
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String restock(String sku, int quantity) {
        return """
                {"sku":"%s","quantity":%d,"warehouse":"north","deliveryReference":"%s","deliveredAt":"2026-11-21T10:00:00Z"}"""
                .formatted(sku, quantity, UUID.randomUUID());
    }

    protected static Map<String, String> restockHeaders(String eventId) {
        return TestEvents.headers(eventId, "com.shop.inventory.RestockDelivery", "warehouse-north");
    }

    protected HttpResponse<String> http(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
