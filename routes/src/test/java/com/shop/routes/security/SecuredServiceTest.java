package com.shop.routes.security;

import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.routes.security.app.SecuredTestApplication;
import com.shop.routes.security.testing.TestTokenIssuer;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with the token checks on, its keys from a {@link TestTokenIssuer}: notes are public under
 * {@code /notes/public}, deleting them is admin-only by path rule.
 */
@CamelSpringBootTest
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=secured-test",
                "camel.main.name=secured-test",
                "spring.jmx.unique-names=true",
                "shop.security.enabled=true",
                "shop.security.public-paths[0]=GET /notes/public/**",
                "shop.security.admin-paths[0]=DELETE /notes/**"})
abstract class SecuredServiceTest {

    static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "security");
        registry.add("shop.security.jwks-uri", ISSUER::jwksUri);
    }

    HttpResponse<String> send(String method, String path, String token) throws IOException, InterruptedException {
        return send(method, path, token, Map.of());
    }

    HttpResponse<String> send(String method, String path, String token, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"" + title + "\"", "\"detail\":");
    }
}
