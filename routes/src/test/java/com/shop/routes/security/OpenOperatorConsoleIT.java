package com.shop.routes.security;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator console of a local run: open to this machine's pages, closed to other sites' pages in the same browser. */
@TestPropertySource(properties = "shop.security.operator-console=open")
class OpenOperatorConsoleIT extends SecuredServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String READ = "{\"type\":\"version\"}";

    @Test
    void aRequestFromThisMachineNeedsNoToken() throws Exception {
        assertThat(send("GET", "/actuator/jolokia/version", null).statusCode()).isEqualTo(200);
        assertThat(post("http://localhost:" + port).statusCode()).isEqualTo(200);
        assertThat(post("http://127.0.0.1:3000").statusCode()).isEqualTo(200);
    }

    @Test
    void aPostFromAnotherSitesPageNeedsAnAdminsToken() throws Exception {
        HttpResponse<String> refused = post("http://evil.example");

        assertProblem(refused, 401, "Unauthorized");
        assertThat(post("null").statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestAddressedToAnotherNameIsRefusedAsARebindingAttackWouldSendIt() throws Exception {
        assertThat(statusLine("GET /actuator/jolokia/version HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"))
                .contains(" 401");
        assertThat(statusLine("GET /actuator/jolokia/version HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n"))
                .contains(" 200");
    }

    private HttpResponse<String> post(String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/jolokia"))
                        .header("Origin", origin)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(READ)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The status line of a request written as is: the JDK's client does not let a caller set {@code Host}. */
    private String statusLine(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
