package com.shop.routes.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.routes.RoutesIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests Tomcat refuses before any filter runs, sent as raw bytes: no HTTP client sends them. */
class ProblemReportValveIT extends RoutesIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEncodedNulInThePathIsA400ProblemThatDoesNotRepeatThePath() throws Exception {
        Answer answer = send("GET /widgets/%00 HTTP/1.1\r\nHost: localhost\r\nX-Correlation-Id: nul-path-1\r\n");

        JsonNode problem = assertProblem(answer, 400, "Bad request");
        assertThat(problem.path("detail").asText()).contains("path is not valid");
        assertThat(problem.path("correlationId").asText()).isEqualTo("nul-path-1");
        assertThat(problem.has("instance")).isFalse();
    }

    @Test
    void headersOverTheSizeLimitAreA400Problem() throws Exception {
        Answer answer = send("GET /widgets HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20 * 1024) + "\r\n");

        JsonNode problem = assertProblem(answer, 400, "Bad request");
        assertThat(problem.path("detail").asText()).contains("larger than the server accepts");
        assertThat(problem.path("correlationId").asText()).isNotBlank().isEqualTo(answer.headers().get("x-correlation-id"));
    }

    @Test
    void aHostThatIsNotAHostNameIsA400Problem() throws Exception {
        Answer answer = send("GET /widgets HTTP/1.1\r\nHost: <b>shop</b>\r\n");

        JsonNode problem = assertProblem(answer, 400, "Bad request");
        assertThat(problem.path("detail").asText()).contains("a header is not valid");
        assertThat(answer.body()).doesNotContain("<b>");
    }

    @Test
    void anHttpVersionTomcatDoesNotSpeakIsA505Problem() throws Exception {
        assertProblem(send("GET /widgets HTTP/9.1\r\nHost: localhost\r\n"), 505, "HTTP version not supported");
    }

    private static JsonNode assertProblem(Answer answer, int status, String title) throws IOException {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isEqualTo(title);
        assertThat(problem.path("correlationId").asText()).isNotBlank();
        return problem;
    }

    /** Sends {@code head} (a request line and headers) and reads the answer up to the end of its body. */
    private Answer send(String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n' && b != -1; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }
}
