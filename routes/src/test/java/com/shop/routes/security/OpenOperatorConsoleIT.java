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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator console of a local run: open to this machine's pages, closed to other sites' pages in the same browser,
 * whether they post to it or only link to it.
 */
@TestPropertySource(properties = "shop.security.operator-console=open")
class OpenOperatorConsoleIT extends SecuredServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String READ = "{\"type\":\"version\"}";
    private static final String VERSION = "/actuator/jolokia/version";
    private static final String GC = "/actuator/jolokia/exec/java.lang:type=Memory/gc";

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

    /** A browser sends no Origin on a GET (an image, a link), but says whose page caused it. */
    @Test
    void aGetThatAnotherSitesPageCausesNeedsAnAdminsToken() throws Exception {
        assertProblem(send("GET", GC, null, Map.of("Sec-Fetch-Site", "cross-site")), 401, "Unauthorized");
        assertProblem(send("GET", GC, null, Map.of("Sec-Fetch-Site", "same-site")), 401, "Unauthorized");
        assertProblem(send("GET", GC, null, Map.of("Referer", "http://evil.example/page")), 401, "Unauthorized");
        assertProblem(send("GET", GC, null, Map.of("Referer", "not a page")), 401, "Unauthorized");
        assertThat(send("GET", GC, ISSUER.admin("ops"), Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(200);
    }

    @Test
    void aGetFromThisMachinesOwnPageOrTypedInNeedsNoToken() throws Exception {
        String hawtio = "http://localhost:" + port + "/actuator/hawtio/";
        assertThat(send("GET", VERSION, null, Map.of("Sec-Fetch-Site", "same-origin", "Referer", hawtio)).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", VERSION, null, Map.of("Sec-Fetch-Site", "none")).statusCode()).isEqualTo(200);
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
